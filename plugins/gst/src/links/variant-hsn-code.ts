import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GstModule from "../modules/gst"

/** A variant classified differently from its product (a gift box of sweets vs one of dry fruit). */
export default defineLink({ linkable: ProductModule.linkable.productVariant, isList: true }, GstModule.linkable.gstHsnCode)
