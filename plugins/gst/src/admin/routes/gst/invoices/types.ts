/** Shapes of the /admin/gst/invoices and /admin/gst/ledger responses, as the admin pages read them. */
export type TaxDocumentSummary = {
  id: string
  document_type: "invoice" | "credit_note" | "commission_invoice"
  number: string
  issue_date: string
  period: string
  status: "issued" | "cancelled"
  order_id: string | null
  original_document_id: string | null
  original_number: string | null
  supplier_gstin: string
  buyer_gstin: string | null
  buyer_name: string
  place_of_supply: string
  supply_type: string
  currency_code: string
  taxable_value: number
  igst: number
  cgst: number
  sgst: number
  utgst: number
  cess: number
  round_off: number
  total: number
}

export type TaxDocumentLine = {
  id: string
  line_type: "item" | "shipping" | "commission"
  description: string
  hsn_code: string
  uqc: string
  quantity: number
  /** The quantity in the UQC it is reported in (2 × 500 g under KGS: 1 KGS); see docs/invoices.md. */
  reported_uqc?: string
  reported_quantity?: number
  net_quantity?: string | null
  unit_price: number
  taxable_value: number
  rate: number
  igst: number
  cgst: number
  sgst: number
  utgst: number
  cess: number
  total: number
}

export type LedgerEntry = {
  id: string
  entry_type: "output_tax" | "credit_note" | "tcs" | "reversal"
  source_id: string
  gstin: string
  period: string
  entry_date: string
  tax_head: string
  taxable_value: number
  amount: number
  reverses_entry_id: string | null
  note: string | null
}

export type TaxDocumentDetail = TaxDocumentSummary & {
  reason: string | null
  original_issue_date: string | null
  supplier_legal_name: string
  lines: TaxDocumentLine[]
  credit_notes: TaxDocumentSummary[]
  ledger_entries: LedgerEntry[]
}

export type TaxDocumentList = { tax_documents: TaxDocumentSummary[]; count: number; offset: number; limit: number }
export type LedgerList = { ledger_entries: LedgerEntry[]; count: number; offset: number; limit: number }
export type LedgerBalance = {
  gstin: string
  period: string
  liability: "output_tax" | "tcs"
  tax_head: string
  taxable_value: string
  amount: string
  entries: number
}

export const DOCUMENT_LABELS: Record<TaxDocumentSummary["document_type"], string> = {
  invoice: "Tax invoice",
  credit_note: "Credit note",
  commission_invoice: "Commission invoice",
}

/** The PDF is served by the same backend as the admin, so the session cookie authorises the download. */
export function pdfUrl(id: string): string {
  return `/admin/gst/invoices/${id}/pdf`
}

export function money(value: number | string, currency = "inr"): string {
  return `${currency.toUpperCase()} ${Number(value).toFixed(2)}`
}
