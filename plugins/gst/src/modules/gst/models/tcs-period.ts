import { model } from "@medusajs/framework/utils"

/**
 * A GSTR-8 return period of the operator's GSTIN (CGST Act s.52(4), CGST Rules r.67): closed once the TCS of
 * every supplier for the month has been posted, filed once the statement went to the portal. TCS posted for
 * the period after `filed_at` is reported as an amendment (tcsa) in the next statement filed.
 */
const TcsPeriod = model
  .define("gst_tcs_period", {
    id: model.id({ prefix: "gsttcsp" }).primaryKey(),
    gstin: model.text(),
    /** YYYY-MM */
    period: model.text(),
    closed_at: model.dateTime(),
    filed_at: model.dateTime().nullable(),
    filed_by: model.text().nullable(),
    /** The portal's acknowledgement (ARN) when the operator records it. */
    arn: model.text().nullable(),
  })
  .indexes([{ on: ["gstin", "period"], unique: true, where: "deleted_at IS NULL" }])

export default TcsPeriod
