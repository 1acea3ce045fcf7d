/**
 * A month of tax documents of every kind, written the way the issue path writes them (one row per document
 * plus its lines, rupee amounts with two decimals, credit notes as positive amounts of document_type
 * credit_note, one ledger entry per head), for the GSTR-1 / GSTR-3B tests. Figures are chosen by hand so
 * the expected return can be written down in the tests.
 */
import { formatMoney, halfOf, parseMoney, parsePercent, percentOf } from "@haat/india"

export const SUPPLIER_GSTIN = "24AAACH1234F1Z9"
export const OTHER_SUPPLIER_GSTIN = "29AAGCR4375J1ZU"
export const BUYER_MH = "27AAPFU0939F1ZV"
export const BUYER_GJ = "24AAJCS5738D1ZC"
export const BUYER_SEZ = "36AASFP8573D2ZN"
export const BUYER_UIN = "0717UNO00157UNO"

type LineSpec = {
  hsn: string
  rate: string
  txval: string
  /** The HSN master's UQC (NOS when not given). */
  uqc?: string
  taxFree?: boolean
  /** Packs sold (2 when not given) and one pack's net quantity. */
  packs?: string
  net?: string
  /**
   * The UQC and quantity the issue path reports for the line; by default the packs under a count UQC, and NA with
   * no quantity for services (chapter 99).
   */
  reported?: [uqc: string, quantity: string]
}
type DocSpec = {
  type?: "invoice" | "credit_note"
  number: string
  date: string
  supply_type: "b2b" | "b2cl" | "b2cs" | "exp"
  pos: string
  buyer_gstin?: string
  export_type?: "WPAY" | "WOPAY"
  sez?: boolean
  status?: "issued" | "cancelled"
  original?: string
  supplier?: string
  metadata?: Record<string, unknown>
  lines: LineSpec[]
}

const SUPPLIER_STATE = "24"

/** Tax per line, rounded once per head to the paisa (the issue path's rule): intra-State CGST + SGST, else IGST. */
function taxLine(spec: LineSpec, intra: boolean) {
  const txval = parseMoney(spec.txval)
  const rate = parsePercent(spec.rate)
  const half = percentOf(txval, halfOf(rate))
  const igst = intra || spec.taxFree ? 0n : percentOf(txval, rate)
  const cgst = intra && !spec.taxFree ? half : 0n
  const sgst = cgst
  return { txval, igst, cgst, sgst, total: txval + igst + cgst + sgst }
}

export type BuiltDocument = {
  document: Record<string, unknown>
  lines: Record<string, unknown>[]
  original?: string
}

export function buildDocument(spec: DocSpec): BuiltDocument {
  const supplier = spec.supplier ?? SUPPLIER_GSTIN
  const supplierState = supplier.slice(0, 2)
  const intra = spec.pos === supplierState
  const taxed = spec.lines.map((line) => ({ spec: line, tax: taxLine(line, intra) }))
  const sum = (key: "txval" | "igst" | "cgst" | "sgst" | "total") => taxed.reduce((s, t) => s + t.tax[key], 0n)
  const type = spec.type ?? "invoice"
  return {
    original: spec.original,
    document: {
      document_type: type,
      number: spec.number,
      series_id: `${supplier}-${type}`,
      financial_year: "2024-25",
      issue_date: spec.date,
      period: spec.date.slice(0, 7),
      status: spec.status ?? "issued",
      supplier_gstin: supplier,
      supplier_legal_name: "Haat Sweets Pvt Ltd",
      supplier_state_code: supplierState,
      supplier_address: { line_1: "1 CG Road", city: "Ahmedabad", postal_code: "380009" },
      buyer_gstin: spec.buyer_gstin ?? null,
      buyer_name: spec.buyer_gstin ? `Buyer ${spec.buyer_gstin}` : "Walk-in, customer",
      place_of_supply: spec.pos,
      supply_type: spec.supply_type,
      export_type: spec.export_type ?? null,
      sez: spec.sez ?? false,
      reverse_charge: false,
      taxable_value: formatMoney(sum("txval")),
      igst: formatMoney(sum("igst")),
      cgst: formatMoney(sum("cgst")),
      sgst: formatMoney(sum("sgst")),
      utgst: "0.00",
      cess: "0.00",
      total: formatMoney(sum("total")),
      metadata: spec.metadata ?? null,
    },
    lines: taxed.map(({ spec: line, tax }, index) => ({
      line_type: "item",
      description: `Item ${index + 1} (${line.hsn})`,
      hsn_code: line.hsn,
      uqc: line.uqc ?? "NOS",
      quantity: line.packs ?? "2",
      reported_uqc: line.reported?.[0] ?? (line.hsn.startsWith("99") ? "NA" : line.uqc ?? "NOS"),
      reported_quantity: line.reported?.[1] ?? (line.hsn.startsWith("99") ? "0" : line.packs ?? "2"),
      net_quantity: line.net ?? null,
      unit_price: formatMoney(tax.txval / 2n),
      taxable_value: formatMoney(tax.txval),
      rate: line.rate,
      igst: formatMoney(tax.igst),
      cgst: formatMoney(tax.cgst),
      sgst: formatMoney(tax.sgst),
      utgst: "0.00",
      cess: "0.00",
      total: formatMoney(tax.total),
    })),
  }
}

/** July 2024 (before Notification 12/2024): the B2C Large threshold is ₹2,50,000. */
export const JULY_2024: DocSpec[] = [
  // ₹1,77,000 inter-State to an unregistered buyer: B2C Others in July (not above ₹2,50,000) …
  { number: "INV/J1", date: "2024-07-25", supply_type: "b2cs", pos: "29", lines: [{ hsn: "8471", rate: "18", txval: "150000.00" }] },
  // … and ₹2,95,000 is B2C Large.
  { number: "INV/J2", date: "2024-07-26", supply_type: "b2cl", pos: "29", lines: [{ hsn: "8471", rate: "18", txval: "250000.00" }] },
]

/** August 2024: ₹1,00,000 threshold, every GSTR-1 table. */
export const AUGUST_2024: DocSpec[] = [
  { number: "INV/1", date: "2024-08-02", supply_type: "b2b", pos: "27", buyer_gstin: BUYER_MH,
    lines: [{ hsn: "8471", rate: "18", txval: "10000.00" }, { hsn: "4901", rate: "5", txval: "2000.00" }] },
  { number: "INV/2", date: "2024-08-03", supply_type: "b2b", pos: "24", buyer_gstin: BUYER_GJ,
    lines: [{ hsn: "8471", rate: "18", txval: "5000.00" }] },
  // The same ₹1,77,000 as INV/J1, now above ₹1,00,000: B2C Large.
  { number: "INV/3", date: "2024-08-05", supply_type: "b2cl", pos: "29", lines: [{ hsn: "8471", rate: "18", txval: "150000.00" }] },
  // Stored as B2C Large at ₹94,400: below the threshold, so it is reported in B2C Others and flagged.
  { number: "INV/4", date: "2024-08-06", supply_type: "b2cl", pos: "27", lines: [{ hsn: "8471", rate: "18", txval: "80000.00" }] },
  { number: "INV/5", date: "2024-08-07", supply_type: "b2cs", pos: "24",
    lines: [{ hsn: "2106", rate: "5", txval: "1000.00" }, { hsn: "8471", rate: "18", txval: "2000.00" }] },
  { number: "INV/6", date: "2024-08-08", supply_type: "b2cs", pos: "27", lines: [{ hsn: "2106", rate: "5", txval: "4000.00" }] },
  { number: "INV/7", date: "2024-08-09", supply_type: "exp", pos: "96", export_type: "WPAY",
    metadata: { shipping_bill_port_code: "INMUN1", shipping_bill_number: "1234567", shipping_bill_date: "2024-08-10" },
    lines: [{ hsn: "8471", rate: "18", txval: "50000.00" }] },
  { number: "INV/8", date: "2024-08-10", supply_type: "exp", pos: "96", export_type: "WOPAY",
    lines: [{ hsn: "8471", rate: "18", txval: "30000.00", taxFree: true }] },
  { number: "INV/9", date: "2024-08-11", supply_type: "b2b", pos: "36", buyer_gstin: BUYER_SEZ, sez: true, export_type: "WOPAY",
    lines: [{ hsn: "8471", rate: "18", txval: "20000.00", taxFree: true }] },
  { number: "INV/10", date: "2024-08-12", supply_type: "b2cs", pos: "24", status: "cancelled",
    lines: [{ hsn: "2106", rate: "5", txval: "500.00" }] },
  { number: "INV/11", date: "2024-08-13", supply_type: "b2b", pos: "07", buyer_gstin: BUYER_UIN,
    lines: [{ hsn: "8471", rate: "18", txval: "1000.00" }] },
  { type: "credit_note", number: "CN/1", date: "2024-08-20", supply_type: "b2b", pos: "27", buyer_gstin: BUYER_MH, original: "INV/1",
    lines: [{ hsn: "8471", rate: "18", txval: "1000.00" }] },
  { type: "credit_note", number: "CN/2", date: "2024-08-21", supply_type: "b2cl", pos: "29", original: "INV/3",
    lines: [{ hsn: "8471", rate: "18", txval: "10000.00" }] },
  { type: "credit_note", number: "CN/3", date: "2024-08-22", supply_type: "b2cs", pos: "24", original: "INV/5",
    lines: [{ hsn: "2106", rate: "5", txval: "200.00" }] },
  { type: "credit_note", number: "CN/4", date: "2024-08-23", supply_type: "exp", pos: "96", export_type: "WPAY", original: "INV/7",
    lines: [{ hsn: "8471", rate: "18", txval: "5000.00" }] },
  // Against July's INV/J1, B2C Others under July's threshold: it reduces B2C Others, not CDNUR.
  { type: "credit_note", number: "CN/5", date: "2024-08-24", supply_type: "b2cs", pos: "29", original: "INV/J1",
    lines: [{ hsn: "8471", rate: "18", txval: "10000.00" }] },
  // Another GSTIN's invoice in the same period: never in this GSTIN's return.
  { number: "KA/1", date: "2024-08-05", supply_type: "b2cs", pos: "29", supplier: OTHER_SUPPLIER_GSTIN,
    lines: [{ hsn: "8471", rate: "18", txval: "99999.00" }] },
]

/** June 2025: Table 12 is split into B2B and B2C tabs. */
export const JUNE_2025: DocSpec[] = [
  { number: "INV/25-1", date: "2025-06-02", supply_type: "b2b", pos: "27", buyer_gstin: BUYER_MH,
    lines: [{ hsn: "8471", rate: "18", txval: "1000.00" }] },
  { number: "INV/25-2", date: "2025-06-03", supply_type: "b2cs", pos: "24", lines: [{ hsn: "8471", rate: "18", txval: "3000.00" }] },
  { number: "INV/25-3", date: "2025-06-04", supply_type: "b2cs", pos: "24", lines: [{ hsn: "998314", rate: "18", txval: "500.00", uqc: "OTH" }] },
  // Almonds, measured in KGS by the HSN master: 2 × 500 g packs are reported as 1.000 KGS …
  { number: "INV/25-4", date: "2025-06-05", supply_type: "b2cs", pos: "24",
    lines: [{ hsn: "0802", rate: "5", txval: "1000.00", uqc: "KGS", packs: "2", net: "500 g", reported: ["KGS", "1.000"] }] },
  // … 3 packs of unknown weight as 3 PAC, not 3 KGS …
  { number: "INV/25-5", date: "2025-06-06", supply_type: "b2cs", pos: "24",
    lines: [{ hsn: "0802", rate: "5", txval: "300.00", uqc: "KGS", packs: "3", reported: ["PAC", "3.000"] }] },
  // … and one 500 g pack of INV/25-4 returned: 0.500 KGS credited.
  { type: "credit_note", number: "CN/25-1", date: "2025-06-07", supply_type: "b2cs", pos: "24", original: "INV/25-4",
    lines: [{ hsn: "0802", rate: "5", txval: "500.00", uqc: "KGS", packs: "1", net: "500 g", reported: ["KGS", "0.500"] }] },
]

/** The parts of the GST module service the fixtures write through. */
export type FixtureWriter = {
  createGstTaxDocuments(data: Record<string, unknown>[]): Promise<Array<{ id: string; number: string; supplier_gstin: string }>>
  createGstTaxDocumentLines(data: Record<string, unknown>[]): Promise<unknown>
  createGstLedgerEntries(data: Record<string, unknown>[]): Promise<unknown>
  writeGstr1Rollup(documentIds: string[]): Promise<void>
}

const HEADS = [
  ["igst", "IGST"],
  ["cgst", "CGST"],
  ["sgst", "SGST"],
] as const

/** Writes the documents, their lines, their GSTR-1 rollup and (for issued ones) one ledger entry per head, as the issue path would. */
export async function seedDocuments(gst: FixtureWriter, specs: DocSpec[]) {
  const built = specs.map(buildDocument)
  const created = await gst.createGstTaxDocuments(built.map((b) => b.document))
  const idOf = new Map(created.map((d) => [`${d.supplier_gstin}|${d.number}`, d.id]))
  await gst.createGstTaxDocumentLines(
    built.flatMap((b, i) => b.lines.map((line) => ({ ...line, document_id: created[i].id })))
  )
  await gst.writeGstr1Rollup(created.map((d) => d.id))
  const withOriginals = built.map((b, i) => ({ ...b, id: created[i].id }))
  const ledger = withOriginals.flatMap((b) => {
    const doc = b.document
    if (doc.status !== "issued") return []
    const note = doc.document_type === "credit_note"
    return HEADS.filter(([key]) => parseMoney(String(doc[key])) !== 0n).map(([key, head]) => ({
      entry_type: note ? "credit_note" : "output_tax",
      source_type: "gst_tax_document",
      source_id: b.id,
      gstin: doc.supplier_gstin,
      counterparty_gstin: doc.buyer_gstin,
      period: doc.period,
      entry_date: doc.issue_date,
      tax_head: head,
      taxable_value: note ? `-${doc.taxable_value}` : doc.taxable_value,
      amount: note ? `-${doc[key]}` : doc[key],
    }))
  })
  await gst.createGstLedgerEntries(ledger)
  return { idOf, built }
}

/** Credit notes point at the invoice they adjust; the invoice may be in an earlier period. */
export async function linkOriginals(
  gst: { updateGstTaxDocuments(data: Record<string, unknown>[]): Promise<unknown> },
  specs: DocSpec[],
  idOf: Map<string, string>
) {
  const updates = specs
    .filter((s) => s.original)
    .map((s) => {
      const supplier = s.supplier ?? SUPPLIER_GSTIN
      const original = [...JULY_2024, ...AUGUST_2024, ...JUNE_2025].find((o) => o.number === s.original)!
      return {
        id: idOf.get(`${supplier}|${s.number}`),
        original_document_id: idOf.get(`${supplier}|${s.original}`),
        original_number: s.original,
        original_issue_date: original.date,
      }
    })
  if (updates.length) await gst.updateGstTaxDocuments(updates)
}

/** Every fixture period at once, originals linked. */
export async function seedReturnFixtures(gst: FixtureWriter & Parameters<typeof linkOriginals>[0]) {
  const all = [...JULY_2024, ...AUGUST_2024, ...JUNE_2025]
  const { idOf } = await seedDocuments(gst, all)
  // A TCS entry in the same period is GSTR-8's, not output tax.
  await gst.createGstLedgerEntries([
    { entry_type: "tcs", source_type: "settlement", source_id: "set_1", gstin: SUPPLIER_GSTIN, period: "2024-08",
      entry_date: "2024-08-31", tax_head: "IGST", taxable_value: "10000.00", amount: "50.00" },
  ])
  await linkOriginals(gst, all, idOf)
  return idOf
}

export { SUPPLIER_STATE }

/**
 * JSON.parse with every number kept as its literal text prefixed "#" ("#1234.50"), so tests compare the
 * exact decimals PostgreSQL wrote, not floats. Numbers are found outside strings only.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseExactJson(text: string): any {
  let out = ""
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      out += ch
      if (ch === "\\") {
        out += text[++i]
      } else if (ch === '"') {
        inString = false
      }
    } else if (ch === '"') {
      inString = true
      out += ch
    } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64))!
      out += `"#${match[0]}"`
      i += match[0].length - 1
    } else {
      out += ch
    }
  }
  return JSON.parse(out)
}
