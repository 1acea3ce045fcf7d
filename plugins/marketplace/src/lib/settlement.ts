import { halfOf, parsePercent, Percent, percentOf, roundHalfUp, toIstDate } from "@haat/india"

/**
 * A distributor's settlement for a period, computed to the paisa:
 *   net_payable = gross − returns − commission − GST on commission − TCS − TDS
 * Every tax figure is rounded once, half-up, on the period's total for its rate (never summed from rounded lines).
 */

/** One sold line (with its shipping share) or one accepted return, as the settlement counts it. */
export type SettlementEntry = {
  kind: "sale" | "return"
  distributor_order_id: string
  distributor_order_line_id: string | null
  description: string
  /** When the supply was made (the order was placed): it fixes the TCS and TDS rates, returns included. */
  supplied_at: Date | string
  /**
   * The distributor's supply is intra-State: the place of supply (where the goods are delivered, IGST Act
   * s.10(1)(a)) is the State of the distributor's GSTIN. TCS is then CGST + SGST halves, otherwise IGST.
   */
  intra_state: boolean
  /** The buyer gave a GSTIN: GSTR-8 reports supplies to registered and unregistered persons apart. */
  buyer_registered: boolean
  /** What the customer paid, GST included, in paise (positive for a return too: it is subtracted). */
  gross: bigint
  /** The value before GST, in paise: the base for TCS and TDS. */
  taxable: bigint
  /** The operator's commission on it (for a return, the commission given back). */
  commission: bigint
}

export type TcsFigures = {
  /** Net taxable supplies per rate and nature, in paise. */
  base: bigint
  cgst: bigint
  sgst: bigint
  igst: bigint
  total: bigint
  /** One group per TCS rate, nature and buyer kind: its supplies and returns (tax excluded), the net base, the heads. */
  by_rate: {
    rate: string
    intra_state: boolean
    buyer_registered: boolean
    supplies: bigint
    returns: bigint
    base: bigint
    cgst: bigint
    sgst: bigint
    igst: bigint
  }[]
}

export type TdsFigures = {
  base: bigint
  total: bigint
  by_rate: { rate: string; base: bigint; amount: bigint }[]
}

export type SettlementFigures = {
  gross: bigint
  returns: bigint
  commission: bigint
  gst_on_commission: bigint
  tcs: TcsFigures
  tds: TdsFigures
  net_payable: bigint
}

/**
 * GST on the operator's commission: a service to the distributor at 18% (SAC 998599, other support services;
 * see the app's commission invoice). The app's invoice splits it into heads; the settlement deducts what it charges.
 */
export const GST_ON_COMMISSION_RATE = "18"

/**
 * CGST Act s.52(1): the operator collects TCS on the net value of taxable supplies made through it. Rate 1%
 * (0.5% CGST + 0.5% SGST under Notification 52/2018-Central Tax, or 1% IGST under 02/2018-Integrated Tax)
 * until 9 Jul 2024; 0.5% (0.25% + 0.25%, or 0.5% IGST) from 10 Jul 2024, as amended by Notifications
 * 15/2024-Central Tax and 01/2024-Integrated Tax of 10 Jul 2024. Dated by the Indian calendar day of the supply.
 */
export function tcsRateOn(date: Date | string): string {
  return toIstDate(date) >= "2024-07-10" ? "0.5" : "1"
}

/**
 * Income-tax Act s.194-O: the operator deducts TDS on the gross amount of the seller's sales through it,
 * 1% until 30 Sep 2024 and 0.1% from 1 Oct 2024 (Finance (No. 2) Act 2024). GST shown separately on the
 * invoice is not part of the amount (CBDT Circular 17/2020), and returns reduce it.
 */
export function tdsRateOn(date: Date | string): string {
  return toIstDate(date) >= "2024-10-01" ? "0.1" : "1"
}

const signed = (entry: SettlementEntry, amount: bigint) => (entry.kind === "return" ? -amount : amount)
const atLeastZero = (value: bigint) => (value < 0n ? 0n : value)

function tcsFor(entries: SettlementEntry[]): TcsFigures {
  const groups = new Map<string, { rate: string; intra_state: boolean; buyer_registered: boolean; supplies: bigint; returns: bigint }>()
  for (const entry of entries) {
    const rate = tcsRateOn(entry.supplied_at)
    const key = `${rate}|${entry.intra_state}|${entry.buyer_registered}`
    const group = groups.get(key) ?? { rate, intra_state: entry.intra_state, buyer_registered: entry.buyer_registered, supplies: 0n, returns: 0n }
    if (entry.kind === "return") group.returns += entry.taxable
    else group.supplies += entry.taxable
    groups.set(key, group)
  }
  const by_rate = [...groups.values()].map((g) => {
    // A period whose returns exceed its supplies collects nothing; the excess is not carried as a refund.
    const base = atLeastZero(g.supplies - g.returns)
    const percent: Percent = parsePercent(g.rate)
    const half = halfOf(percent)
    return g.intra_state
      ? { ...g, base, cgst: percentOf(base, half), sgst: percentOf(base, half), igst: 0n }
      : { ...g, base, cgst: 0n, sgst: 0n, igst: percentOf(base, percent) }
  })
  const sum = (pick: (r: (typeof by_rate)[number]) => bigint) => by_rate.reduce((s, r) => s + pick(r), 0n)
  const cgst = sum((r) => r.cgst)
  const sgst = sum((r) => r.sgst)
  const igst = sum((r) => r.igst)
  return { base: sum((r) => r.base), cgst, sgst, igst, total: cgst + sgst + igst, by_rate }
}

function tdsFor(entries: SettlementEntry[]): TdsFigures {
  const groups = new Map<string, bigint>()
  for (const entry of entries) {
    const rate = tdsRateOn(entry.supplied_at)
    groups.set(rate, (groups.get(rate) ?? 0n) + signed(entry, entry.taxable))
  }
  const by_rate = [...groups.entries()].map(([rate, raw]) => {
    const base = atLeastZero(raw)
    return { rate, base, amount: percentOf(base, parsePercent(rate)) }
  })
  return {
    base: by_rate.reduce((s, r) => s + r.base, 0n),
    total: by_rate.reduce((s, r) => s + r.amount, 0n),
    by_rate,
  }
}

export function calculateSettlement(entries: SettlementEntry[]): SettlementFigures {
  const sales = entries.filter((e) => e.kind === "sale")
  const returns = entries.filter((e) => e.kind === "return")
  const gross = sales.reduce((s, e) => s + e.gross, 0n)
  const returned = returns.reduce((s, e) => s + e.gross, 0n)
  const commission = atLeastZero(entries.reduce((s, e) => s + signed(e, e.commission), 0n))
  const gst_on_commission = percentOf(commission, parsePercent(GST_ON_COMMISSION_RATE))
  const tcs = tcsFor(entries)
  const tds = tdsFor(entries)
  return {
    gross,
    returns: returned,
    commission,
    gst_on_commission,
    tcs,
    tds,
    net_payable: gross - returned - commission - gst_on_commission - tcs.total - tds.total,
  }
}

/** The part of a line's amount that `returned` of `quantity` units carry, rounded half-up to the paisa. */
export function proportionOf(amount: bigint, returned: number, quantity: number): bigint {
  if (quantity <= 0) return 0n
  return roundHalfUp(amount * BigInt(returned), BigInt(quantity))
}

/** Why a period cannot be closed, or null: it must run forwards and be over (a later sale would be missed). */
export function periodProblem(start: Date, end: Date, now: Date): string | null {
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    return "period_start and period_end must be dates, e.g. 2025-03-01"
  }
  if (start >= end) {
    return "period_start must be before period_end"
  }
  if (end > now) {
    return `The period ends ${end.toISOString()}, which is still to come: a period can be closed once it is over`
  }
  return null
}

/** [start, end) of the calendar month before `now` in India, as instants (IST midnight = 18:30 UTC the day before). */
export function previousIstMonth(now: Date): { period_start: Date; period_end: Date } {
  const today = toIstDate(now)
  const [year, month] = today.split("-").map(Number)
  const startYear = month === 1 ? year - 1 : year
  const startMonth = month === 1 ? 12 : month - 1
  const istMidnight = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1) - (5 * 60 + 30) * 60 * 1000)
  return { period_start: istMidnight(startYear, startMonth), period_end: istMidnight(year, month) }
}
