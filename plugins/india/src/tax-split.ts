/**
 * The GST on one invoice line, split into its heads (IGST, or CGST with SGST or
 * UTGST, and compensation cess), exactly: amounts are bigint paise, rates exact
 * fractions, and each head is rounded once, half-up to the paisa, per line.
 *
 * Which heads apply:
 * - Supplier's state = place of supply: intra-State supply (IGST Act s.8(1) for
 *   goods, s.8(2) for services), taxed as CGST + SGST (CGST Act s.9, each SGST Act)
 *   or CGST + UTGST where the place of supply is a Union territory without
 *   legislature (UTGST Act s.7), each at half the rate.
 * - Different states: inter-State supply (IGST Act s.7(1) goods, s.7(3) services),
 *   IGST at the full rate (IGST Act s.5). For goods the place of supply is where
 *   their movement ends for delivery (IGST Act s.10(1)(a)); the caller determines it.
 * - Exports and supplies to an SEZ are inter-State (IGST Act s.7(5)(a), (b)) and
 *   zero-rated (s.16(1)): without IGST under a letter of undertaking or bond
 *   (s.16(3)(a), `lut: true`), or with IGST paid and refunded later (`lut: false`).
 * - Compensation cess is levied on the same taxable value whichever the heads
 *   (GST (Compensation to States) Act s.8); only ad valorem cess is handled here.
 *
 * Rounding, once per head on the line value (unit amount × quantity):
 * - Tax-exclusive: taxable value = line value; head = round(taxable × head rate / 100).
 * - Tax-inclusive (MRP): taxable value = round(line value × 100 / (100 + rate + cess)),
 *   heads as above, then any paisa left over or short is put into the taxable value,
 *   so that taxable value + heads equals the line value exactly and the tax heads
 *   stay what their rates give.
 * - CGST and SGST/UTGST are each computed from the half rate, so they are always equal.
 * (CGST Act s.170 rounds tax paid to the rupee; that applies to payment, not to invoices.)
 */

import { GstRuleError } from "./errors"
import {
  addPercents,
  formatMoney,
  formatPercent,
  halfOf,
  isZeroPercent,
  parseMoney,
  parsePercent,
  Percent,
  percentOf,
  valueBeforeTax,
} from "./money"
import { GstState, resolveState } from "./state-codes"

export { GstRuleError } from "./errors"
export { formatMoney, parseMoney, parsePercent, percentOf, roundHalfUp } from "./money"

export type SupplyType = "domestic" | "export" | "sez"
export type TaxHead = "IGST" | "CGST" | "SGST" | "UTGST" | "CESS"
export type SupplyNature = "intra_state" | "inter_state"

export interface TaxSplitInput {
  /** GST state code of the supplier's registration, e.g. "24". */
  supplier_state: string
  /** GST state code of the place of supply; may be null only for an export. */
  place_of_supply: string | null
  supply_type?: SupplyType
  /** Export or SEZ supply under LUT/bond, without IGST (IGST Act s.16(3)(a)). Default false: IGST is charged. */
  lut?: boolean
  /** Total GST rate in percent, e.g. "18". */
  rate: string
  /** Compensation cess in percent, e.g. "12". */
  cess_rate?: string
  /** Price of one unit in rupees, up to two decimals, e.g. "1180.00". */
  amount: string
  /** Units on the line, a positive whole number; default 1. */
  quantity?: number
  /** True when `amount` already includes GST and cess (MRP pricing). */
  tax_inclusive: boolean
}

export interface TaxHeadAmount {
  head: TaxHead
  /** The head's own rate in percent: half the GST rate for CGST and SGST/UTGST. */
  rate: string
  amount: string
}

export interface TaxSplit {
  taxable_value: string
  igst: string
  cgst: string
  sgst: string
  utgst: string
  cess: string
  /** Taxable value plus every head: what the buyer pays for the line. */
  total: string
  heads: TaxHeadAmount[]
  supply: SupplyNature
  zero_rated: boolean
}

interface HeadRate {
  head: TaxHead
  rate: Percent
}

interface LineRates {
  supply: SupplyNature
  zero_rated: boolean
  heads: HeadRate[]
}

function knownState(code: string, role: string): GstState {
  const state = resolveState(code)
  if (!state) {
    throw new GstRuleError(`${role} "${code}" is not a GST state code (01-38 or 97)`)
  }
  if (state.type === "centre_jurisdiction") {
    throw new GstRuleError(`${role} "${code}" is the Centre Jurisdiction code, which is no place in India a supply can be made in or to`)
  }
  return state
}

function placeOfSupply(input: TaxSplitInput): GstState {
  if (input.place_of_supply === null || input.place_of_supply.trim() === "") {
    throw new GstRuleError(
      "missing state: the place of supply is needed to choose between IGST and CGST + SGST/UTGST (for goods, the state where delivery ends, IGST Act s.10(1)(a))"
    )
  }
  return knownState(input.place_of_supply, "place of supply")
}

function lineValue(input: TaxSplitInput): bigint {
  const unit = parseMoney(input.amount)
  if (unit < 0n) {
    throw new GstRuleError(`amount "${input.amount}" is negative: tax a return or discount through a credit note instead`)
  }
  const quantity = input.quantity ?? 1
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw new GstRuleError(`quantity ${quantity} is not a positive whole number`)
  }
  return unit * BigInt(quantity)
}

function domesticHeads(rate: Percent, supplier: GstState, destination: GstState): HeadRate[] {
  if (supplier.code !== destination.code) return [{ head: "IGST", rate }]
  const half = halfOf(rate)
  return [
    { head: "CGST", rate: half },
    { head: destination.utgst ? "UTGST" : "SGST", rate: half },
  ]
}

function lineRates(input: TaxSplitInput): LineRates {
  const supplyType = input.supply_type ?? "domestic"
  const supplier = knownState(input.supplier_state, "supplier state")
  const rate = parsePercent(input.rate)
  const cess = parsePercent(input.cess_rate ?? "0")
  const cessHeads: HeadRate[] = isZeroPercent(cess) ? [] : [{ head: "CESS", rate: cess }]

  if (supplyType === "domestic") {
    if (input.lut) {
      throw new GstRuleError("lut applies only to exports and supplies to an SEZ (IGST Act s.16(3)); a domestic supply pays GST")
    }
    const heads = domesticHeads(rate, supplier, placeOfSupply(input))
    const supply: SupplyNature = heads[0].head === "IGST" ? "inter_state" : "intra_state"
    return { supply, zero_rated: false, heads: [...heads, ...cessHeads] }
  }

  // An export's place of supply is outside India; an SEZ unit's is the state it sits in, recorded but inter-State all the same.
  if (supplyType === "sez") placeOfSupply(input)
  const zero = parsePercent("0")
  const heads: HeadRate[] = input.lut
    ? [{ head: "IGST", rate: zero }, ...cessHeads.map((head) => ({ ...head, rate: zero }))]
    : [{ head: "IGST", rate }, ...cessHeads]
  return { supply: "inter_state", zero_rated: true, heads }
}

function totalRate(heads: HeadRate[]): Percent {
  return heads.reduce((sum, head) => addPercents(sum, head.rate), parsePercent("0"))
}

function headAmounts(taxable: bigint, heads: HeadRate[]): bigint[] {
  return heads.map((head) => percentOf(taxable, head.rate))
}

function sumOf(values: bigint[]): bigint {
  return values.reduce((sum, value) => sum + value, 0n)
}

function amountOf(head: TaxHead, heads: HeadRate[], amounts: bigint[]): bigint {
  return sumOf(amounts.filter((_, index) => heads[index].head === head))
}

/** Splits one invoice line's GST into heads. Throws GstRuleError on input that breaks a rule. */
export function splitTax(input: TaxSplitInput): TaxSplit {
  const rates = lineRates(input)
  const gross = lineValue(input)

  let taxable = input.tax_inclusive ? valueBeforeTax(gross, totalRate(rates.heads)) : gross
  const amounts = headAmounts(taxable, rates.heads)
  const tax = sumOf(amounts)
  if (input.tax_inclusive) taxable = gross - tax

  return {
    taxable_value: formatMoney(taxable),
    igst: formatMoney(amountOf("IGST", rates.heads, amounts)),
    cgst: formatMoney(amountOf("CGST", rates.heads, amounts)),
    sgst: formatMoney(amountOf("SGST", rates.heads, amounts)),
    utgst: formatMoney(amountOf("UTGST", rates.heads, amounts)),
    cess: formatMoney(amountOf("CESS", rates.heads, amounts)),
    total: formatMoney(taxable + tax),
    heads: rates.heads.map((head, index) => ({
      head: head.head,
      rate: formatPercent(head.rate),
      amount: formatMoney(amounts[index]),
    })),
    supply: rates.supply,
    zero_rated: rates.zero_rated,
  }
}
