import { model } from "@medusajs/framework/utils"
import TaxDocumentLine from "./tax-document-line"

/**
 * A tax invoice (CGST Rules r.46) or credit note (CGST Act s.34, r.53): a frozen snapshot of who
 * supplied what to whom, where, and the tax per head. Never edited after issue; a mistake is
 * corrected by a credit note.
 */
const TaxDocument = model
  .define("gst_tax_document", {
    id: model.id({ prefix: "gstdoc" }).primaryKey(),
    document_type: model.enum(["invoice", "credit_note", "commission_invoice"]),
    number: model.text(),
    series_id: model.text(),
    financial_year: model.text(),
    /** IST calendar date of issue, YYYY-MM-DD. */
    issue_date: model.text(),
    /** Return period the document is reported in, YYYY-MM. */
    period: model.text(),
    status: model.enum(["issued", "cancelled"]).default("issued"),
    order_id: model.text().nullable(),
    return_id: model.text().nullable(),
    /** For a credit note: the invoice it adjusts. */
    original_document_id: model.text().nullable(),
    original_number: model.text().nullable(),
    original_issue_date: model.text().nullable(),
    reason: model.text().nullable(),
    customer_id: model.text().nullable(),
    supplier_gstin: model.text(),
    supplier_legal_name: model.text(),
    supplier_state_code: model.text(),
    supplier_address: model.json(),
    buyer_gstin: model.text().nullable(),
    buyer_name: model.text(),
    buyer_address: model.json().nullable(),
    /** GST state code of the place of supply; "96" (Other Countries) for exports. */
    place_of_supply: model.text(),
    /** GSTR-1 section the document belongs to: b2b, b2cl, b2cs, exp, (cdnr / cdnur for credit notes). */
    supply_type: model.enum(["b2b", "b2cl", "b2cs", "exp"]),
    export_type: model.enum(["WPAY", "WOPAY"]).nullable(),
    sez: model.boolean().default(false),
    reverse_charge: model.boolean().default(false),
    currency_code: model.text().default("inr"),
    taxable_value: model.bigNumber(),
    igst: model.bigNumber().default(0),
    cgst: model.bigNumber().default(0),
    sgst: model.bigNumber().default(0),
    utgst: model.bigNumber().default(0),
    cess: model.bigNumber().default(0),
    round_off: model.bigNumber().default(0),
    total: model.bigNumber(),
    lines: model.hasMany(() => TaxDocumentLine, { mappedBy: "document" }),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["supplier_gstin", "document_type", "financial_year", "number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["supplier_gstin", "period", "document_type"] },
    { on: ["order_id"] },
    { on: ["customer_id"] },
    { on: ["return_id"] },
  ])
  .cascades({ delete: ["lines"] })

export default TaxDocument
