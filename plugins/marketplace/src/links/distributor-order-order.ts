import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** The customer's order a distributor order was split from, read through distributor_order.order_id. */
export default defineLink(
  { linkable: MarketplaceModule.linkable.distributorOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
