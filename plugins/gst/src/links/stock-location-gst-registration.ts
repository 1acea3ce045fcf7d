import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import GstModule from "../modules/gst"

/** The GSTIN goods shipped from a location are supplied under (the location's State registration). */
export default defineLink(
  { linkable: StockLocationModule.linkable.stockLocation, isList: true },
  GstModule.linkable.gstRegistration
)
