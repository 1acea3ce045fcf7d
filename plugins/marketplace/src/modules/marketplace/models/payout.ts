import { model } from "@medusajs/framework/utils"
import Settlement from "./settlement"

/** A bank transfer of a settlement's net payable; reference is the bank's UTR once paid. */
const Payout = model
  .define("payout", {
    id: model.id({ prefix: "payout" }).primaryKey(),
    settlement: model.belongsTo(() => Settlement, { mappedBy: "payouts" }),
    distributor_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text().default("inr"),
    method: model.enum(["neft", "rtgs", "imps", "upi", "other"]).default("neft"),
    status: model.enum(["pending", "processing", "paid", "failed"]).default("pending"),
    reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    failure_reason: model.text().nullable(),
  })
  .indexes([{ on: ["distributor_id", "status"] }])

export default Payout
