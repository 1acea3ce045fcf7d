import { model } from "@medusajs/framework/utils"
import HsnCode from "./hsn-code"

/** The GST rate of an HSN code from a date on (a rate notification); the latest one on or before a supply's date applies. */
const HsnRate = model
  .define("gst_hsn_rate", {
    id: model.id({ prefix: "hsnrt" }).primaryKey(),
    hsn_code: model.belongsTo(() => HsnCode, { mappedBy: "rates" }),
    /** ISO date (IST calendar day) the rate applies from. */
    effective_from: model.text(),
    rate: model.bigNumber(),
    cess_rate: model.bigNumber().default(0),
    /** The notification that set it, e.g. "9/2025-Central Tax (Rate)". */
    notification: model.text().nullable(),
  })
  .indexes([{ on: ["hsn_code_id", "effective_from"], unique: true, where: "deleted_at IS NULL" }])

export default HsnRate
