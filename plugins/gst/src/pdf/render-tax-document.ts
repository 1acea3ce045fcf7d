import PDFDocument from "pdfkit"
import { formatMoney, parseMoney, resolveState } from "../lib"

/**
 * A tax invoice or credit note as a PDF, with every particular CGST Rules r.46 asks of an invoice
 * (r.53(1A) of a credit note): supplier name, address and GSTIN (a); a consecutive number of at most
 * 16 characters (b); date (c); the recipient's name, address and GSTIN, or for an unregistered
 * recipient the delivery address and State (d)-(f); HSN (g); description (h); quantity and unit (i);
 * total value (j); taxable value after discount (k); rate (l) and amount (m) of each head; place of
 * supply with the State's name (n); delivery address where it differs (o); whether tax is payable on
 * reverse charge (p); and a signature line (q).
 *
 * The built-in PDF fonts have no ₹ sign, so amounts carry the ISO currency code.
 */

type Address = Record<string, unknown> | null | undefined

export type PdfTaxDocumentLine = {
  description: string
  hsn_code: string
  uqc: string
  quantity: unknown
  /** Absent on a document read before the reported quantity existed: the pack count and `uqc` are shown. */
  reported_uqc?: string | null
  reported_quantity?: unknown
  net_quantity?: string | null
  unit_price: unknown
  taxable_value: unknown
  rate: unknown
  cess_rate?: unknown
  igst: unknown
  cgst: unknown
  sgst: unknown
  utgst: unknown
  cess: unknown
  total: unknown
}

export type PdfTaxDocument = {
  document_type: "invoice" | "credit_note" | "commission_invoice"
  number: string
  issue_date: string
  status: string
  original_number?: string | null
  original_issue_date?: string | null
  reason?: string | null
  supplier_gstin: string
  supplier_legal_name: string
  supplier_state_code: string
  supplier_address: Address
  buyer_gstin?: string | null
  buyer_name: string
  buyer_address?: Address
  place_of_supply: string
  supply_type: string
  export_type?: string | null
  reverse_charge: boolean
  currency_code: string
  taxable_value: unknown
  igst: unknown
  cgst: unknown
  sgst: unknown
  utgst: unknown
  cess: unknown
  round_off: unknown
  total: unknown
  metadata?: Record<string, unknown> | null
  lines: PdfTaxDocumentLine[]
}

function money(value: unknown): string {
  // Stored amounts are exact decimals; show them to the paisa.
  const text = String(value ?? "0")
  const [whole, fraction = ""] = text.split(".")
  return formatMoney(parseMoney(`${whole}.${fraction.padEnd(2, "0").slice(0, 2)}`))
}

function plainNumber(value: unknown): string {
  const n = String(value ?? "0")
  return n.includes(".") ? n.replace(/\.?0+$/, "") : n
}

/** A stored UQC quantity with its 3 decimals: 1 → "1.000", 0.5 → "0.500". */
function uqcQuantityText(value: unknown): string {
  const [whole, fraction = ""] = String(value ?? "0").split(".")
  return `${whole}.${fraction.padEnd(3, "0").slice(0, 3)}`
}

/**
 * r.46(i) quantity and unit: the packs and, for goods measured by mass or volume, what they come to in the UQC
 * ("2 × 500 g — 1.000 KGS"); a count UQC shows the count ("3 BTL", "2 PAC"); services show the count alone.
 */
export function quantityText(line: Pick<PdfTaxDocumentLine, "quantity" | "uqc" | "reported_uqc" | "reported_quantity" | "net_quantity">): string {
  const packs = plainNumber(line.quantity)
  const uqc = line.reported_uqc ?? line.uqc
  if (uqc === "NA") return packs
  if (line.net_quantity) return `${packs} × ${line.net_quantity} — ${uqcQuantityText(line.reported_quantity)} ${uqc}`
  return `${packs} ${uqc}`
}

function halfRate(rate: unknown): string {
  const [whole, fraction = ""] = plainNumber(rate).split(".")
  const scaled = BigInt(whole + fraction) * 5n
  const digits = scaled.toString().padStart(fraction.length + 2, "0")
  const cut = digits.length - (fraction.length + 1)
  return plainNumber(`${digits.slice(0, cut)}.${digits.slice(cut)}`)
}

function stateLabel(code: string | null | undefined): string {
  if (!code) return ""
  if (code === "96") return "Other Countries (96)"
  const state = resolveState(code)
  return state ? `${state.name} (${state.code})` : code
}

function addressLines(address: Address): string[] {
  if (!address) return []
  const a = address as Record<string, string | null | undefined>
  const street = [a.address_line_1 ?? a.address_1, a.address_line_2 ?? a.address_2].filter(Boolean).join(", ")
  const province = a.province ? resolveState(String(a.province))?.name ?? a.province : a.state_code ? resolveState(String(a.state_code))?.name : null
  const city = [a.city, province, a.postal_code].filter(Boolean).join(", ")
  const country = a.country_code && String(a.country_code).toLowerCase() !== "in" ? String(a.country_code).toUpperCase() : null
  return [street, city, country ?? ""].filter((line) => line.trim() !== "")
}

const TITLES: Record<PdfTaxDocument["document_type"], string> = {
  invoice: "TAX INVOICE",
  credit_note: "CREDIT NOTE",
  commission_invoice: "TAX INVOICE (COMMISSION)",
}

/** Renders the document. Text streams are left uncompressed so the PDF can be searched and checked as text. */
export function renderTaxDocumentPdf(doc: PdfTaxDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 36,
    compress: false,
    info: { Title: `${TITLES[doc.document_type]} ${doc.number}`, Author: doc.supplier_legal_name, Subject: doc.number },
  })
  const chunks: Buffer[] = []
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)))
    pdf.on("error", reject)
  })

  const currency = doc.currency_code.toUpperCase()
  const intra = doc.lines.some((l) => money(l.cgst) !== "0.00") || money(doc.cgst) !== "0.00"
  const utgst = money(doc.utgst) !== "0.00"
  const left = 36
  const width = pdf.page.width - 72

  pdf.font("Helvetica-Bold").fontSize(16).text(TITLES[doc.document_type], { align: "center" })
  if (doc.status === "cancelled") {
    pdf.fontSize(11).fillColor("red").text("CANCELLED", { align: "center" }).fillColor("black")
  }
  pdf.moveDown(0.5)

  const top = pdf.y
  pdf.font("Helvetica-Bold").fontSize(10).text(doc.supplier_legal_name, left, top, { width: width / 2 })
  pdf.font("Helvetica").fontSize(9)
  const supplier = doc.supplier_address as Record<string, unknown> | null
  if (supplier?.trade_name) pdf.text(`Trade name: ${supplier.trade_name}`, { width: width / 2 })
  addressLines(doc.supplier_address).forEach((line) => pdf.text(line, { width: width / 2 }))
  pdf.text(`State: ${stateLabel(doc.supplier_state_code)}`, { width: width / 2 })
  pdf.font("Helvetica-Bold").text(`GSTIN: ${doc.supplier_gstin}`, { width: width / 2 })
  const supplierBottom = pdf.y

  const label = doc.document_type === "credit_note" ? "Credit note" : "Invoice"
  pdf.font("Helvetica").fontSize(9)
  const meta = [
    `${label} number: ${doc.number}`,
    `${label} date: ${doc.issue_date}`,
    ...(doc.original_number ? [`Against invoice: ${doc.original_number} dated ${doc.original_issue_date ?? ""}`] : []),
    ...(doc.reason && doc.document_type === "credit_note" ? [`Reason: ${doc.reason}`] : []),
    `Place of supply: ${stateLabel(doc.place_of_supply)}`,
    `Tax payable on reverse charge: ${doc.reverse_charge ? "Yes" : "No"}`,
    ...(doc.export_type
      ? [
          doc.export_type === "WOPAY"
            ? "Supply meant for export under LUT without payment of IGST"
            : "Supply meant for export on payment of IGST",
        ]
      : []),
    ...(doc.metadata?.order_display_id ? [`Order: #${doc.metadata.order_display_id}`] : []),
  ]
  meta.forEach((line, i) => pdf.text(line, left + width / 2, top + i * 12, { width: width / 2, align: "right" }))
  pdf.y = Math.max(supplierBottom, top + meta.length * 12) + 10

  pdf.font("Helvetica-Bold").text(doc.buyer_gstin ? "Bill to (registered recipient)" : "Bill to", left)
  pdf.font("Helvetica").text(doc.buyer_name)
  addressLines(doc.buyer_address).forEach((line) => pdf.text(line))
  const buyerState = (doc.buyer_address as Record<string, unknown> | null)?.province
  if (buyerState) pdf.text(`State: ${stateLabel(String(buyerState))}`)
  pdf.text(`GSTIN: ${doc.buyer_gstin ?? "Unregistered"}`)
  const shipTo = doc.metadata?.shipping_address as Address
  if (shipTo && addressLines(shipTo).join("|") !== addressLines(doc.buyer_address).join("|")) {
    pdf.moveDown(0.3).font("Helvetica-Bold").text("Ship to").font("Helvetica")
    addressLines(shipTo).forEach((line) => pdf.text(line))
  }
  pdf.moveDown(0.8)

  const pricesIncludeTax = doc.metadata?.prices_include_tax === true
  const headColumns = intra
    ? [
        { key: "cgst", title: "CGST" },
        { key: utgst ? "utgst" : "sgst", title: utgst ? "UTGST" : "SGST" },
      ]
    : [{ key: "igst", title: "IGST" }]
  const columns = [
    { title: "#", w: 18 },
    { title: "Description", w: 100 },
    { title: "HSN/SAC", w: 50 },
    { title: "Qty", w: 62 },
    { title: pricesIncludeTax ? "Unit price (incl. GST)" : "Unit price", w: 58 },
    { title: "Taxable value", w: 62 },
    ...headColumns.map((h) => ({ title: `${h.title} rate / amount`, w: intra ? 60 : 90 })),
    { title: "Total", w: width - (18 + 100 + 50 + 62 + 58 + 62 + headColumns.length * (intra ? 60 : 90)) },
  ]
  const row = (cells: string[], bold = false) => {
    const y = pdf.y
    let x = left
    pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8)
    let bottom = y
    cells.forEach((cell, i) => {
      pdf.text(cell, x + 2, y, { width: columns[i].w - 4, align: i >= 3 ? "right" : "left" })
      bottom = Math.max(bottom, pdf.y)
      x += columns[i].w
    })
    pdf.y = bottom + 4
    pdf.moveTo(left, pdf.y - 2).lineTo(left + width, pdf.y - 2).strokeColor("#cccccc").stroke()
  }
  row(columns.map((c) => c.title), true)
  doc.lines.forEach((line, index) => {
    if (pdf.y > pdf.page.height - 150) pdf.addPage()
    const lineRecord = line as unknown as Record<string, unknown>
    row([
      String(index + 1),
      line.description,
      line.hsn_code,
      quantityText(line),
      money(line.unit_price),
      money(line.taxable_value),
      ...headColumns.map((h) => `${intra ? halfRate(line.rate) : plainNumber(line.rate)}% / ${money(lineRecord[h.key])}`),
      money(line.total),
    ])
  })

  pdf.moveDown(0.5)
  const docRecord = doc as unknown as Record<string, unknown>
  const totals: [string, string][] = [
    [`Taxable value (${currency})`, money(doc.taxable_value)],
    ...(["igst", "cgst", "sgst", "utgst", "cess"] as const)
      .filter((head) => money(docRecord[head]) !== "0.00")
      .map((head): [string, string] => [`${head.toUpperCase()} (${currency})`, money(docRecord[head])]),
    ...(money(doc.round_off) !== "0.00" ? [[`Round-off (${currency})`, money(doc.round_off)] as [string, string]] : []),
    [`Total ${doc.document_type === "credit_note" ? "credited" : "invoice value"} (${currency})`, money(doc.total)],
  ]
  totals.forEach(([name, value], i) => {
    const last = i === totals.length - 1
    pdf.font(last ? "Helvetica-Bold" : "Helvetica").fontSize(9)
    const y = pdf.y
    pdf.text(name, left + width / 2, y, { width: width / 4 })
    pdf.text(value, left + (3 * width) / 4, y, { width: width / 4, align: "right" })
  })

  pdf.moveDown(3)
  pdf.font("Helvetica").fontSize(9).text(`For ${doc.supplier_legal_name}`, left, pdf.y, { width, align: "right" })
  pdf.moveDown(2.5)
  pdf.text("Authorised signatory", { width, align: "right" })
  pdf.end()
  return done
}
