import { istDate } from "@haat/india"
import PDFDocument from "pdfkit"
import { commissionInvoiceReference, StatementSettlement, statementSummary } from "../lib/settlement-statement"

/** Dates as the Indian calendar has them: a period from IST midnight shows as that day. */
const day = (value: string | Date | null | undefined) => (value ? istDate(new Date(value)) : "")

/**
 * The settlement statement as an A4 PDF: who, which period, the deductions one per line (GST on commission
 * and each tax on its own), the lines it was computed from, and the payouts made. Built-in Helvetica has no
 * rupee sign, so amounts read "INR".
 */
export function statementPdf(s: StatementSettlement): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: `Settlement ${s.id}` } })
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)

    doc.fontSize(16).text("Settlement statement", { align: "left" })
    doc.moveDown(0.5).fontSize(10)
    doc.text(`${s.distributor.trade_name || s.distributor.legal_name} (${s.distributor.legal_name})`)
    doc.text(`GSTIN ${s.distributor.gstin}   PAN ${s.distributor.pan}`)
    doc.text(`Period ${day(s.period_start)} to ${day(s.period_end)} (end exclusive)   Settlement ${s.id}   ${s.status}`)
    const invoice = commissionInvoiceReference(s)
    if (invoice) doc.text(`Commission and its GST invoiced on tax invoice ${invoice}`)
    doc.moveDown()

    const right = (label: string, amount: string, bold = false) => {
      const y = doc.y
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").text(label, 48, y, { width: 380 })
      const after = doc.y
      doc.text(`INR ${amount}`, 430, y, { width: 117, align: "right" })
      doc.y = Math.max(after, doc.y)
    }
    const summary = statementSummary(s)
    summary.forEach(([label, amount], i) => right(label, amount, i === summary.length - 1))

    doc.moveDown().font("Helvetica-Bold").text("Lines", 48)
    doc.font("Helvetica").fontSize(9)
    for (const line of s.lines) {
      right(`${line.type === "return" ? "Return" : "Sale"}: ${line.description ?? ""} (commission ${line.commission_amount})`, line.gross_amount)
    }
    if (s.payouts.length) {
      doc.moveDown().fontSize(10).font("Helvetica-Bold").text("Payouts", 48)
      doc.font("Helvetica").fontSize(9)
      for (const p of s.payouts) {
        right(`${day(p.paid_at)} ${p.method.toUpperCase()} ${p.reference ?? ""}`, p.amount)
      }
    }
    doc.end()
  })
}
