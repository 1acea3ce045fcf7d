import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import GstTaxProvider from "./service"

/** Register under the Tax Module: `{ resolve: "@haat/gst/providers/gst-tax", id: "gst" }` → provider id `tp_gst_gst`. */
export default ModuleProvider(Modules.TAX, {
  services: [GstTaxProvider],
})
