import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import MarketplaceModule from "../modules/marketplace"

/** The warehouses a distributor ships from; its listings hold stock at one of them. */
export default defineLink(MarketplaceModule.linkable.distributor, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
