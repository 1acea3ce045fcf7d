import { model } from "@medusajs/framework/utils"

/** A GSTR-1 / GSTR-3B / GSTR-8 preparation: runs in the background and reports progress, for periods with many documents. */
const ReturnExport = model.define("gst_return_export", {
  id: model.id({ prefix: "gstrx" }).primaryKey(),
  return_type: model.enum(["GSTR1", "GSTR3B", "GSTR8"]),
  gstin: model.text(),
  /** YYYY-MM */
  period: model.text(),
  status: model.enum(["pending", "running", "done", "failed"]).default("pending"),
  /** 0..100 */
  progress: model.number().default(0),
  result: model.json().nullable(),
  error: model.text().nullable(),
  requested_by: model.text().nullable(),
})

export default ReturnExport
