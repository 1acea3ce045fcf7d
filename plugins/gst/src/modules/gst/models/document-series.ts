import { model } from "@medusajs/framework/utils"

/**
 * A number series: one per supplier GSTIN, financial year and document type. CGST Rules r.46(b):
 * a consecutive serial number, unique for a financial year, at most 16 characters of letters,
 * digits, '-' and '/'. `next_number` is taken under a row lock in the same transaction that
 * writes the document, so a rolled-back document leaves no gap.
 */
const DocumentSeries = model
  .define("gst_document_series", {
    id: model.id({ prefix: "gstser" }).primaryKey(),
    gstin: model.text(),
    financial_year: model.text(),
    document_type: model.enum(["invoice", "credit_note", "commission_invoice"]),
    prefix: model.text(),
    next_number: model.number().default(1),
  })
  .indexes([{ on: ["gstin", "financial_year", "document_type"], unique: true, where: "deleted_at IS NULL" }])

export default DocumentSeries
