import { model } from "@medusajs/framework/utils"
import Distributor from "./distributor"
import Payout from "./payout"
import SettlementLine from "./settlement-line"

/**
 * What the operator owes a distributor for a period. Closing the same period twice finds the same row
 * (unique distributor, period_start, period_end), so a retried close is harmless.
 *   net_payable = gross - returns - commission - gst_on_commission - tcs - tds
 * TCS under CGST Act s.52 on net taxable supplies; TDS under Income-tax Act s.194-O on gross sales.
 */
const Settlement = model
  .define("settlement", {
    id: model.id({ prefix: "stl" }).primaryKey(),
    distributor: model.belongsTo(() => Distributor, { mappedBy: "settlements" }),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    currency_code: model.text().default("inr"),
    gross_amount: model.bigNumber().default(0),
    returns_amount: model.bigNumber().default(0),
    commission_amount: model.bigNumber().default(0),
    gst_on_commission: model.bigNumber().default(0),
    tcs_amount: model.bigNumber().default(0),
    tds_amount: model.bigNumber().default(0),
    adjustment_amount: model.bigNumber().default(0),
    net_payable: model.bigNumber().default(0),
    status: model.enum(["open", "closed", "paid", "cancelled"]).default("open"),
    reference: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => SettlementLine, { mappedBy: "settlement" }),
    payouts: model.hasMany(() => Payout, { mappedBy: "settlement" }),
  })
  .indexes([
    { on: ["distributor_id", "period_start", "period_end"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
  ])

export default Settlement
