import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GST_MODULE } from "../modules/gst"
import { DEFAULT_OPTIONS, GstPluginOptions } from "../options"
import type { GstPolicy } from "./gst-tax-context"

/** The options @haat/gst was registered with: Medusa hands a plugin's options to each of its modules. */
export function gstPluginOptions(container: MedusaContainer): GstPluginOptions {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const declaration = config.modules?.[GST_MODULE]
  return (declaration && typeof declaration === "object" && "options" in declaration ? declaration.options : undefined) ?? {}
}

export function gstPolicy(options: GstPluginOptions): GstPolicy {
  return {
    default_hsn_code: options.default_hsn_code ?? null,
    shipping_rate: options.shipping_rate ?? DEFAULT_OPTIONS.shipping_rate,
    export_with_igst: options.export_with_igst ?? false,
  }
}
