import { model } from "@medusajs/framework/utils"
import DistributorOrder from "./distributor-order"

/**
 * One order line as the distributor supplies it. The commission is computed once, when the order is split,
 * and stored here with the rule it came from: a later change of rules never rewrites it.
 */
const DistributorOrderLine = model
  .define("distributor_order_line", {
    id: model.id({ prefix: "distordl" }).primaryKey(),
    distributor_order: model.belongsTo(() => DistributorOrder, { mappedBy: "lines" }),
    line_item_id: model.text(),
    listing_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    sku: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
    subtotal: model.bigNumber(),
    /** This line's share of the order's GST, as the tax lines gave it. */
    tax_total: model.bigNumber().default(0),
    total: model.bigNumber(),
    commission_rule_id: model.text().nullable(),
    commission_type: model.enum(["percent", "flat"]).nullable(),
    commission_value: model.bigNumber().nullable(),
    commission_amount: model.bigNumber().default(0),
    status: model.enum(["pending", "fulfilled", "cancelled", "returned"]).default("pending"),
    returned_quantity: model.number().default(0),
  })
  .indexes([{ on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["listing_id"] }])

export default DistributorOrderLine
