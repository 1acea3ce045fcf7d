import { model } from "@medusajs/framework/utils"
import Settlement from "./settlement"

/** One order line's sale or return within a settlement. */
const SettlementLine = model
  .define("settlement_line", {
    id: model.id({ prefix: "stll" }).primaryKey(),
    settlement: model.belongsTo(() => Settlement, { mappedBy: "lines" }),
    type: model.enum(["sale", "return", "adjustment"]),
    distributor_order_id: model.text().nullable(),
    distributor_order_line_id: model.text().nullable(),
    description: model.text().nullable(),
    gross_amount: model.bigNumber().default(0),
    commission_amount: model.bigNumber().default(0),
    gst_on_commission: model.bigNumber().default(0),
    tcs_amount: model.bigNumber().default(0),
    tds_amount: model.bigNumber().default(0),
    net_amount: model.bigNumber().default(0),
  })
  .indexes([
    { on: ["settlement_id"] },
    { on: ["distributor_order_line_id", "type"], unique: true, where: "deleted_at IS NULL AND distributor_order_line_id IS NOT NULL" },
  ])

export default SettlementLine
