import { formatMoney, formatPercent, halfOf, parseMoney, parsePercent, percentOf } from "@haat/india"

/**
 * TCS collected by an e-commerce operator (CGST Act s.52) as the GST ledger and GSTR-8 hold it.
 *
 * One collection = one supplier (counterparty GSTIN), one return period, one source (e.g. a marketplace
 * settlement), split into groups by TCS rate and by whether the buyers were registered. A group's net value
 * is its supplies less its returns (never below zero: s.52(1) taxes the *net* value of taxable supplies), and
 * its TCS is that net value at the group's rate, as CGST + SGST halves on the supplier's intra-State supplies
 * or IGST on inter-State ones (Notification 52/2018-Central Tax and 02/2018-Integrated Tax as amended by
 * 15/2024-Central Tax and 01/2024-Integrated Tax: 1% before 10 Jul 2024, 0.5% from then), each head rounded
 * once, half-up to the paisa.
 */
export type TcsGroupInput = {
  /** The TCS rate in percent in force on the group's supplies, e.g. "1" or "0.5". */
  rate: string
  /** The supplier's supplies in the group were intra-State (its GSTIN's State = the place of supply). */
  intra_state: boolean
  buyer_registered: boolean
  /** Rupee strings, tax excluded. */
  supplies: string
  returns: string
  net: string
  cgst: string
  sgst: string
  igst: string
}

export type TcsCollectionInput = {
  /** What the figures come from, e.g. "marketplace_settlement". */
  source_type: string
  /** Its id, e.g. the settlement's. A source is posted once. */
  source_id: string
  /** The operator's GSTIN collecting the TCS. */
  gstin: string
  /** The supplier's GSTIN. */
  counterparty_gstin: string
  /** YYYY-MM: the month the supplies were made in. */
  period: string
  /** YYYY-MM-DD, the day of posting. */
  entry_date: string
  note?: string
  groups: TcsGroupInput[]
}

export type TcsLedgerRow = {
  entry_type: "tcs"
  source_type: string
  source_id: string
  gstin: string
  counterparty_gstin: string
  period: string
  entry_date: string
  tax_head: "IGST" | "CGST" | "SGST"
  rate: string
  taxable_value: string
  supplies_value: string
  returns_value: string
  buyer_registered: boolean
  amount: string
  note: string
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The ledger's source id of one group: the source and the group's rate and buyer kind, e.g. "stl_01…:0.5%:U". */
export function tcsGroupSourceId(sourceId: string, group: Pick<TcsGroupInput, "rate" | "buyer_registered">): string {
  return `${sourceId}:${group.rate}%:${group.buyer_registered ? "R" : "U"}`
}

/**
 * Checks a collection against the rule above and turns it into ledger rows: one row per head of each group
 * (CGST and SGST, or IGST), each carrying the group's supplies, returns and net value. Throws, naming the
 * group, when a figure is not what the rate gives, so the ledger never holds TCS the law would not compute.
 */
export function tcsLedgerRows(input: TcsCollectionInput): TcsLedgerRow[] {
  if (!PERIOD.test(input.period)) throw new Error(`period "${input.period}" must be YYYY-MM`)
  if (!DAY.test(input.entry_date)) throw new Error(`entry_date "${input.entry_date}" must be YYYY-MM-DD`)
  const seen = new Set<string>()
  const rows: TcsLedgerRow[] = []
  for (const group of input.groups) {
    const label = `TCS group ${group.rate}% (${group.intra_state ? "intra-State" : "inter-State"}, ${group.buyer_registered ? "registered" : "unregistered"} buyers)`
    const key = `${group.rate}|${group.buyer_registered}|${group.intra_state}`
    if (seen.has(key)) throw new Error(`${label} appears twice`)
    seen.add(key)
    const percent = parsePercent(group.rate)
    const supplies = parseMoney(group.supplies)
    const returns = parseMoney(group.returns)
    const net = parseMoney(group.net)
    if (supplies < 0n || returns < 0n) throw new Error(`${label}: supplies and returns are amounts, not negative`)
    const expectedNet = supplies > returns ? supplies - returns : 0n
    if (net !== expectedNet) {
      throw new Error(`${label}: net value ${group.net} is not supplies ${group.supplies} less returns ${group.returns} (${formatMoney(expectedNet)})`)
    }
    const half = percentOf(net, halfOf(percent))
    const expected = group.intra_state
      ? { cgst: half, sgst: half, igst: 0n }
      : { cgst: 0n, sgst: 0n, igst: percentOf(net, percent) }
    for (const head of ["cgst", "sgst", "igst"] as const) {
      if (parseMoney(group[head]) !== expected[head]) {
        throw new Error(`${label}: ${head.toUpperCase()} ${group[head]} is not ${formatMoney(expected[head])}, the rate on ${group.net}`)
      }
    }
    const headRate = formatPercent(group.intra_state ? halfOf(percent) : percent)
    const heads: { head: TcsLedgerRow["tax_head"]; amount: bigint }[] = group.intra_state
      ? [{ head: "CGST", amount: expected.cgst }, { head: "SGST", amount: expected.sgst }]
      : [{ head: "IGST", amount: expected.igst }]
    for (const { head, amount } of heads) {
      rows.push({
        entry_type: "tcs",
        source_type: input.source_type,
        source_id: tcsGroupSourceId(input.source_id, group),
        gstin: input.gstin,
        counterparty_gstin: input.counterparty_gstin,
        period: input.period,
        entry_date: input.entry_date,
        tax_head: head,
        rate: headRate,
        taxable_value: formatMoney(net),
        supplies_value: formatMoney(supplies),
        returns_value: formatMoney(returns),
        buyer_registered: group.buyer_registered,
        amount: formatMoney(amount),
        note: input.note ?? `TCS u/s 52 on ${input.counterparty_gstin}'s supplies of ${input.period} (${input.source_id})`,
      })
    }
  }
  return rows
}

/** "2024-07" → "072024", GSTR-8's `fp` / `ofp`. */
export function gstr8Period(period: string): string {
  return `${period.slice(5, 7)}${period.slice(0, 4)}`
}

export type Gstr8Row = {
  section: "tcs" | "tcsa"
  /** For tcsa: the original period (YYYY-MM) amended. */
  original_period: string | null
  stin: string
  sup_r: string
  retsup_r: string
  sup_u: string
  retsup_u: string
  amt: string
  iamt: string
  camt: string
  samt: string
}

/** The GSTR-8 offline tool's JSON: numbers written from their exact decimal text, never through a float. */
export function gstr8Json(gstin: string, period: string, rows: Gstr8Row[]): string {
  const figures = (r: Gstr8Row) =>
    `"supR":${r.sup_r},"retsupR":${r.retsup_r},"supU":${r.sup_u},"retsupU":${r.retsup_u},"amt":${r.amt},"iamt":${r.iamt},"camt":${r.camt},"samt":${r.samt}`
  const tcs = rows.filter((r) => r.section === "tcs").map((r) => `{"stin":${JSON.stringify(r.stin)},${figures(r)}}`)
  const tcsa = rows
    .filter((r) => r.section === "tcsa")
    .map((r) => `{"ofp":"${gstr8Period(r.original_period!)}","ostin":${JSON.stringify(r.stin)},"stin":${JSON.stringify(r.stin)},${figures(r)}}`)
  return `{"gstin":${JSON.stringify(gstin)},"fp":"${gstr8Period(period)}","tcs":[${tcs.join(",")}],"tcsa":[${tcsa.join(",")}]}`
}

export const GSTR8_CSV_HEADER = [
  "Section",
  "Original period",
  "GSTIN of supplier",
  "Gross value of supplies made to registered persons",
  "Value of supplies returned by registered persons",
  "Gross value of supplies made to unregistered persons",
  "Value of supplies returned by unregistered persons",
  "Net amount liable for TCS",
  "Integrated tax",
  "Central tax",
  "State/UT tax",
]

export function gstr8Csv(rows: Gstr8Row[]): string {
  const lines = [GSTR8_CSV_HEADER.join(",")]
  for (const r of rows) {
    lines.push(
      [r.section, r.original_period ? gstr8Period(r.original_period) : "", r.stin, r.sup_r, r.retsup_r, r.sup_u, r.retsup_u, r.amt, r.iamt, r.camt, r.samt].join(",")
    )
  }
  return lines.join("\n") + "\n"
}
