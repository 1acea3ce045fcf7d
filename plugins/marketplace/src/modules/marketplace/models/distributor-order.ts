import { model } from "@medusajs/framework/utils"
import { DISTRIBUTOR_ORDER_STATUSES } from "../constants"
import Distributor from "./distributor"
import DistributorOrderLine from "./distributor-order-line"

/** The part of a customer's order one distributor fulfils; created when the order is split. */
const DistributorOrder = model
  .define("distributor_order", {
    id: model.id({ prefix: "distord" }).primaryKey(),
    order_id: model.text(),
    distributor: model.belongsTo(() => Distributor, { mappedBy: "distributor_orders" }),
    status: model.enum([...DISTRIBUTOR_ORDER_STATUSES]).default("pending"),
    currency_code: model.text().default("inr"),
    item_subtotal: model.bigNumber().default(0),
    tax_total: model.bigNumber().default(0),
    shipping_total: model.bigNumber().default(0),
    total: model.bigNumber().default(0),
    commission_total: model.bigNumber().default(0),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    tracking_url: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => DistributorOrderLine, { mappedBy: "distributor_order" }),
  })
  .indexes([
    { on: ["order_id", "distributor_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["distributor_id", "status"] },
    { on: ["distributor_id", "created_at"] },
  ])

export default DistributorOrder
