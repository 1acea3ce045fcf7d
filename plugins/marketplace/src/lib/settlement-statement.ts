import { istDate } from "@haat/india"

/** A settlement as the statement shows it: figures as rupee strings. */
export type StatementSettlement = {
  id: string
  distributor: { legal_name: string; trade_name?: string | null; gstin: string; pan: string; state_code: string }
  period_start: string | Date
  period_end: string | Date
  closed_at?: string | Date | null
  status: string
  gross_amount: string
  returns_amount: string
  commission_amount: string
  gst_on_commission: string
  tcs_amount: string
  tds_amount: string
  net_payable: string
  metadata?: {
    tcs?: { base?: string; cgst?: string; sgst?: string; igst?: string }
    tds?: { base?: string }
    /** The tax invoice the operator issued for the commission, recorded by the app (e.g. from its GST plugin). */
    commission_invoice?: { number?: string; issue_date?: string } | null
  } | null
  lines: { type: string; description: string | null; gross_amount: string; commission_amount: string; net_amount: string }[]
  payouts: { reference: string | null; amount: string; paid_at: string | Date | null; method: string }[]
}

/** Dates as the Indian calendar has them: a period from IST midnight shows as that day. */
const day = (value: string | Date | null | undefined) => (value ? istDate(new Date(value)) : "")

/** The summary a statement opens with: each deduction on its own line, GST on commission separate from it. */
export function statementSummary(s: StatementSettlement): [string, string][] {
  const tcs = s.metadata?.tcs ?? {}
  return [
    ["Gross sales", s.gross_amount],
    ["Less: returns", s.returns_amount],
    ["Less: commission", s.commission_amount],
    ["Less: GST on commission @ 18%", s.gst_on_commission],
    [`Less: TCS u/s 52 CGST Act (CGST ${tcs.cgst ?? "0.00"}, SGST ${tcs.sgst ?? "0.00"}, IGST ${tcs.igst ?? "0.00"} on ${tcs.base ?? "0.00"})`, s.tcs_amount],
    [`Less: TDS u/s 194-O Income-tax Act (on ${s.metadata?.tds?.base ?? "0.00"})`, s.tds_amount],
    ["Net payable", s.net_payable],
  ]
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet; quote and prefix it.
  const safe = /^[=+\-@]/.test(value) && !/^-\d/.test(value) ? `'${value}` : value
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n"
}

/** "SRV/2526/000001 of 2025-11-01", or null when no commission invoice is recorded. */
export function commissionInvoiceReference(s: StatementSettlement): string | null {
  const invoice = s.metadata?.commission_invoice
  if (!invoice?.number) return null
  return invoice.issue_date ? `${invoice.number} of ${invoice.issue_date}` : invoice.number
}

export function statementCsv(s: StatementSettlement): string {
  const invoice = commissionInvoiceReference(s)
  const rows: string[][] = [
    ["Settlement", s.id],
    ["Distributor", s.distributor.trade_name || s.distributor.legal_name],
    ["GSTIN", s.distributor.gstin],
    ["PAN", s.distributor.pan],
    ["Period", `${day(s.period_start)} to ${day(s.period_end)} (end exclusive)`],
    ["Status", s.status],
    ...(invoice ? [["Commission invoice", invoice]] : []),
    [],
    ["Item", "Amount (INR)"],
    ...statementSummary(s),
    [],
    ["Type", "Description", "Gross (INR)", "Commission (INR)", "Net (INR)"],
    ...s.lines.map((l) => [l.type, l.description ?? "", l.gross_amount, l.commission_amount, l.net_amount]),
  ]
  if (s.payouts.length) {
    rows.push([], ["Payout reference", "Amount (INR)", "Paid on", "Method"])
    rows.push(...s.payouts.map((p) => [p.reference ?? "", p.amount, day(p.paid_at), p.method]))
  }
  return toCsv(rows)
}
