import { formatMoney, parseMoney } from "@haat/india"
import { MedusaError } from "@medusajs/framework/utils"

/** A settlement entry as @haat/marketplace's `supplyValues` hook hands it over (the fields used here). */
export type SettlementEntryRef = {
  key: string
  kind: "sale" | "return"
  order_id: string
  line_item_id: string
  quantity: number
  description: string
}

/** A tax invoice or credit note of the distributor's GSTIN, with its lines (amounts as decimal strings). */
export type SupplierDocument = {
  number: string
  document_type: string
  status: string
  order_id: string | null
  lines: { line_item_id: string | null; quantity: string | number; total: string | number; taxable_value: string | number }[]
}

const money = (value: string | number) => parseMoney(typeof value === "number" ? value.toFixed(2) : value)
const units = (value: string | number) => Number(value)

/**
 * The value of each settlement entry as the distributor's own tax documents state it: a sale is its line on
 * the distributor's tax invoice of the order, a return the lines of its credit notes for that order line
 * (CGST Act s.34). TCS is collected on the net value of taxable supplies (s.52(1)), and the supplier's
 * invoices and credit notes are what it reports them by, so the settlement takes its figures from them, not
 * from the order: delivery, invoiced by the operator as its own supply, is then no part of the distributor's.
 *
 * Refuses, with the entry named, a sale without an invoice line or a return whose credit notes do not yet
 * cover the units returned (the credit note is issued when Medusa records the return as received): closing
 * on other figures would make the settlement and the GST ledger disagree.
 */
export function supplyValuesFromDocuments(gstin: string, entries: SettlementEntryRef[], documents: SupplierDocument[]) {
  type Sum = { gross: bigint; taxable: bigint; quantity: number; numbers: string[] }
  const byLine = (type: string) => {
    const sums = new Map<string, Sum>()
    for (const doc of documents) {
      if (doc.document_type !== type || doc.status !== "issued") continue
      for (const line of doc.lines) {
        if (!line.line_item_id) continue
        const sum = sums.get(line.line_item_id) ?? { gross: 0n, taxable: 0n, quantity: 0, numbers: [] }
        sum.gross += money(line.total)
        sum.taxable += money(line.taxable_value)
        sum.quantity += units(line.quantity)
        if (!sum.numbers.includes(doc.number)) sum.numbers.push(doc.number)
        sums.set(line.line_item_id, sum)
      }
    }
    return sums
  }
  const invoiced = byLine("invoice")
  const credited = byLine("credit_note")

  const values: Record<string, { gross: string; taxable: string }> = {}
  for (const entry of entries) {
    if (entry.kind === "sale") {
      const line = invoiced.get(entry.line_item_id)
      if (!line) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${entry.description} has no line on a tax invoice of GSTIN ${gstin}; issue the invoice before closing the settlement`
        )
      }
      values[entry.key] = { gross: formatMoney(line.gross), taxable: formatMoney(line.taxable) }
      continue
    }
    const notes = credited.get(entry.line_item_id)
    if (!notes || notes.quantity < entry.quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${entry.description}: the credit notes of GSTIN ${gstin} cover ${notes?.quantity ?? 0} of the ${entry.quantity} units returned; ` +
          "close the settlement once the credit note is issued"
      )
    }
    values[entry.key] = { gross: formatMoney(notes.gross), taxable: formatMoney(notes.taxable) }
  }
  return values
}
