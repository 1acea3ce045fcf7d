import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GstModule from "../modules/gst"

/** The HSN a product is classified under; many products share one code. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, GstModule.linkable.gstHsnCode)
