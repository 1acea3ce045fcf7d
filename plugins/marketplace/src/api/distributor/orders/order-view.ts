import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const DISTRIBUTOR_ORDER_FIELDS = [
  "id",
  "order_id",
  "distributor_id",
  "status",
  "currency_code",
  "item_subtotal",
  "tax_total",
  "shipping_total",
  "total",
  "commission_total",
  "carrier",
  "tracking_number",
  "tracking_url",
  "shipped_at",
  "delivered_at",
  "cancelled_at",
  "created_at",
  "lines.id",
  "lines.line_item_id",
  "lines.listing_id",
  "lines.product_id",
  "lines.variant_id",
  "lines.sku",
  "lines.quantity",
  "lines.unit_price",
  "lines.subtotal",
  "lines.tax_total",
  "lines.total",
  "lines.commission_rule_id",
  "lines.commission_type",
  "lines.commission_value",
  "lines.commission_amount",
  "lines.status",
  "lines.returned_quantity",
]

/** What the distributor needs to ship: the order's number and where it goes (not the customer's other data). */
export const CUSTOMER_ORDER_FIELDS = [
  "order.display_id",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "order.shipping_address.address_1",
  "order.shipping_address.address_2",
  "order.shipping_address.city",
  "order.shipping_address.province",
  "order.shipping_address.postal_code",
  "order.shipping_address.phone",
]

/** A distributor order, only if it is the asking distributor's: another's answers 404. */
export async function loadDistributorOrder(scope: MedusaContainer, id: string, distributorId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "distributor_order",
    fields: [...DISTRIBUTOR_ORDER_FIELDS, ...CUSTOMER_ORDER_FIELDS],
    filters: { id, distributor_id: distributorId },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Distributor order ${id} was not found`)
  }
  return order
}
