import { model } from "@medusajs/framework/utils"

/**
 * The GST ledger: append-only. One row per tax head per document (output tax on invoices, its reversal
 * on credit notes, TCS collected as an e-commerce operator). Rows are never updated or deleted
 * (a database trigger refuses it); a wrong entry is corrected by a reversing entry.
 */
const LedgerEntry = model
  .define("gst_ledger_entry", {
    id: model.id({ prefix: "gstle" }).primaryKey(),
    entry_type: model.enum(["output_tax", "credit_note", "tcs", "reversal"]),
    /** What produced the entry: a tax document, a settlement, a manual correction. */
    source_type: model.text(),
    source_id: model.text(),
    gstin: model.text(),
    /** The counterparty's GSTIN where there is one (a registered buyer, the supplier TCS was collected from). */
    counterparty_gstin: model.text().nullable(),
    /** Return period, YYYY-MM. */
    period: model.text(),
    entry_date: model.text(),
    tax_head: model.enum(["IGST", "CGST", "SGST", "UTGST", "CESS"]),
    /** Signed: positive raises the liability, negative lowers it. */
    taxable_value: model.bigNumber(),
    amount: model.bigNumber(),
    reverses_entry_id: model.text().nullable(),
    note: model.text().nullable(),
    /**
     * TCS rows only (CGST Act s.52, GSTR-8): the head's own rate (CGST 0.25 and SGST 0.25 at a 0.5% TCS),
     * the gross value of the supplies and of the returns the net `taxable_value` was taken from, and whether
     * the buyers were registered (GSTR-8 reports supplies to registered and unregistered persons apart).
     */
    rate: model.bigNumber().nullable(),
    supplies_value: model.bigNumber().nullable(),
    returns_value: model.bigNumber().nullable(),
    buyer_registered: model.boolean().nullable(),
  })
  .indexes([
    { on: ["gstin", "period", "tax_head"] },
    { on: ["source_type", "source_id"] },
    { on: ["entry_type", "gstin", "period"] },
    // GSTR-8 amendments: postings since the previous statement was filed; reversals of a given entry.
    { on: ["entry_type", "gstin", "created_at"] },
    { on: ["reverses_entry_id"] },
    { on: ["entry_type", "source_id", "tax_head"], unique: true, where: "deleted_at IS NULL AND entry_type <> 'reversal'" },
  ])

export default LedgerEntry
