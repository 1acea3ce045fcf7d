import { MedusaError } from "@medusajs/framework/utils"
import { GST_UQC, roundHalfUp } from "../lib"

/**
 * The quantity of a line in its HSN's Unit Quantity Code.
 *
 * CGST Rules r.46(i) puts on a tax invoice the "quantity in case of goods and unit or Unique Quantity Code
 * thereof", and GSTR-1 Table 12 reports, per HSN, the UQC and the total quantity in it. A cart counts units
 * of sale (packs); when the HSN master measures the goods by mass or volume (KGS for dry fruit), the packs
 * are converted into that unit from the net quantity of one pack: two 500 g packs are 1.000 KGS, not 2 KGS.
 *
 * When one pack's net quantity is unknown (or is in another dimension than the UQC), the packs cannot be
 * expressed in the UQC; they are reported as what they are, a count of packages, under PAC ("Packs", GST
 * portal UQC list, GST_UQC in @haat/india) rather than mislabelled as kilograms. PAC rather than NOS: goods
 * the tariff measures by mass or volume are sold by count only as pre-packed units (each carries its net
 * quantity under the Legal Metrology (Packaged Commodities) Rules 2011, r.6(1)(e)), so what was counted is
 * packs; NOS ("Numbers") would claim the goods are themselves counted in pieces.
 *
 * Quantities are exact decimals (bigint arithmetic), rounded once, half-up, to 3 decimals: the precision of
 * the e-invoice schema's quantity (INV-01, decimal 10,3; Notification 60/2020-Central Tax), and enough for a
 * gram in KGS or a millilitre in LTR.
 */

/** Fraction n/d, both bigint, d > 0. */
type Ratio = { n: bigint; d: bigint }

type Dimension = "mass" | "volume"

/** UQCs of the portal's list that measure mass (in grams) or volume (in millilitres). */
export const MEASURE_UQC: Readonly<Record<string, { dimension: Dimension; base: Ratio }>> = {
  GMS: { dimension: "mass", base: { n: 1n, d: 1n } },
  TGM: { dimension: "mass", base: { n: 10n, d: 1n } },
  KGS: { dimension: "mass", base: { n: 1000n, d: 1n } },
  QTL: { dimension: "mass", base: { n: 100_000n, d: 1n } },
  TON: { dimension: "mass", base: { n: 1_000_000n, d: 1n } },
  MTS: { dimension: "mass", base: { n: 1_000_000n, d: 1n } },
  MLT: { dimension: "volume", base: { n: 1n, d: 1n } },
  CCM: { dimension: "volume", base: { n: 1n, d: 1n } },
  LTR: { dimension: "volume", base: { n: 1000n, d: 1n } },
  KLR: { dimension: "volume", base: { n: 1_000_000n, d: 1n } },
  CBM: { dimension: "volume", base: { n: 1_000_000n, d: 1n } },
  // US gallon: 231 cubic inches = 3785.411784 ml exactly.
  UGS: { dimension: "volume", base: { n: 3_785_411_784n, d: 1_000_000n } },
}

/** Units a pack's net quantity is declared in (as on the label: "500 g", "1 kg", "100 ml", "1.5 l"). */
const DECLARED_UNITS: Readonly<Record<string, { dimension: Dimension; base: Ratio; label: string }>> = {
  mg: { dimension: "mass", base: { n: 1n, d: 1000n }, label: "mg" },
  g: { dimension: "mass", base: { n: 1n, d: 1n }, label: "g" },
  gm: { dimension: "mass", base: { n: 1n, d: 1n }, label: "g" },
  gms: { dimension: "mass", base: { n: 1n, d: 1n }, label: "g" },
  gram: { dimension: "mass", base: { n: 1n, d: 1n }, label: "g" },
  grams: { dimension: "mass", base: { n: 1n, d: 1n }, label: "g" },
  kg: { dimension: "mass", base: { n: 1000n, d: 1n }, label: "kg" },
  kgs: { dimension: "mass", base: { n: 1000n, d: 1n }, label: "kg" },
  ml: { dimension: "volume", base: { n: 1n, d: 1n }, label: "ml" },
  cl: { dimension: "volume", base: { n: 10n, d: 1n }, label: "cl" },
  l: { dimension: "volume", base: { n: 1000n, d: 1n }, label: "l" },
  ltr: { dimension: "volume", base: { n: 1000n, d: 1n }, label: "l" },
  litre: { dimension: "volume", base: { n: 1000n, d: 1n }, label: "l" },
  litres: { dimension: "volume", base: { n: 1000n, d: 1n }, label: "l" },
  liter: { dimension: "volume", base: { n: 1000n, d: 1n }, label: "l" },
  liters: { dimension: "volume", base: { n: 1000n, d: 1n }, label: "l" },
}

/** The count UQC for packs whose net quantity is unknown (see above). */
export const FALLBACK_COUNT_UQC = "PAC"

/** Decimals of a UQC quantity. */
export const UQC_QUANTITY_DECIMALS = 3

/** The unit `product_variant.weight` is kept in; Medusa stores a bare number and leaves the unit to the store. */
export type VariantWeightUnit = "g" | "kg"

export type NetQuantity = { dimension: Dimension; amount: Ratio; label: string }

function decimal(text: string): Ratio | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return null
  const fraction = match[2] ?? ""
  return { n: BigInt(match[1] + fraction), d: 10n ** BigInt(fraction.length) }
}

/**
 * A declared net quantity, "500 g" / "1kg" / "1.5 l" / "100 ml", or null when it is not one (empty, another
 * unit, zero or negative).
 */
export function parseNetQuantity(value: unknown): NetQuantity | null {
  if (typeof value !== "string" && typeof value !== "number") return null
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\.?\s*$/.exec(String(value))
  if (!match) return null
  const unit = DECLARED_UNITS[match[2].toLowerCase()]
  const amount = decimal(match[1])
  if (!unit || !amount || amount.n === 0n) return null
  return {
    dimension: unit.dimension,
    amount: { n: amount.n * unit.base.n, d: amount.d * unit.base.d },
    label: `${match[1]} ${unit.label}`,
  }
}

/** A variant's weight (Medusa's bare number) as a net quantity, or null when it has none. */
export function weightAsNetQuantity(weight: unknown, unit: VariantWeightUnit = "g"): NetQuantity | null {
  if (weight === null || weight === undefined || weight === "") return null
  const text = typeof weight === "number" ? (Number.isFinite(weight) ? String(weight) : "") : String(weight).trim()
  // A number such as 1e-7 prints in exponent form: not a weight anyone declares; refused like any other garbage.
  return parseNetQuantity(`${text} ${unit}`)
}

/** An exact decimal string with `decimals` places, from a ratio, rounded half-up. */
function formatRatio(value: Ratio, decimals: number): string {
  const scaled = roundHalfUp(value.n * 10n ** BigInt(decimals), value.d)
  const negative = scaled < 0n
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0")
  const whole = digits.slice(0, digits.length - decimals)
  return `${negative ? "-" : ""}${whole}${decimals ? `.${digits.slice(-decimals)}` : ""}`
}

/** A whole number of units (the cart quantity), refusing fractions and negatives. */
function wholeUnits(quantity: number | string): bigint {
  const text = String(quantity).trim()
  const match = /^(\d+)(?:\.0*)?$/.exec(text)
  if (!match) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Quantity "${text}" is not a whole number of units`)
  }
  return BigInt(match[1])
}

export type UqcQuantityInput = {
  hsn_code: string
  /** The HSN master's UQC. */
  uqc: string
  /** Units sold (packs). */
  quantity: number | string
  /** One unit's declared net quantity ("500 g"), from the variant's or product's metadata. */
  net_quantity?: unknown
  /** The variant's weight (Medusa's `product_variant.weight`), in `weight_unit`. */
  weight?: unknown
  weight_unit?: VariantWeightUnit
}

export type UqcQuantity = {
  /** The UQC the quantity is in: the HSN's, or PAC when packs could not be converted, or NA for services. */
  uqc: string
  /** The quantity in that UQC, 3 decimals. */
  quantity: string
  /** One unit's net quantity as used for the conversion ("500 g"), or null when none was. */
  net_quantity: string | null
}

/**
 * The line's quantity in its UQC. Services (SAC, chapter 99, or UQC NA) have no quantity (r.46(i) asks it of
 * goods; the portal takes NA and 0). A count UQC (NOS, BOX, BTL, PAC…) counts units: the cart quantity. A mass
 * or volume UQC takes the units × one unit's net quantity, from `net_quantity` (declared) before `weight`.
 */
export function uqcQuantity(input: UqcQuantityInput): UqcQuantity {
  const uqc = (input.uqc || "").trim().toUpperCase()
  const units = wholeUnits(input.quantity)
  if (uqc === "NA" || input.hsn_code.startsWith("99")) {
    return { uqc: "NA", quantity: formatRatio({ n: 0n, d: 1n }, UQC_QUANTITY_DECIMALS), net_quantity: null }
  }
  const measure = MEASURE_UQC[uqc]
  if (!measure) {
    return {
      uqc: uqc in GST_UQC ? uqc : FALLBACK_COUNT_UQC,
      quantity: formatRatio({ n: units, d: 1n }, UQC_QUANTITY_DECIMALS),
      net_quantity: null,
    }
  }
  const declared = parseNetQuantity(input.net_quantity)
  const weighed = weightAsNetQuantity(input.weight, input.weight_unit)
  const net = [declared, weighed].find((candidate) => candidate && candidate.dimension === measure.dimension) ?? null
  if (!net) {
    return { uqc: FALLBACK_COUNT_UQC, quantity: formatRatio({ n: units, d: 1n }, UQC_QUANTITY_DECIMALS), net_quantity: null }
  }
  // units × net (in grams or ml) ÷ the UQC's size (in grams or ml).
  const total = { n: units * net.amount.n * measure.base.d, d: net.amount.d * measure.base.n }
  return { uqc, quantity: formatRatio(total, UQC_QUANTITY_DECIMALS), net_quantity: net.label }
}

/**
 * A part of a line's UQC quantity: `part` of `whole` units (a credit note for goods returned), rounded half-up
 * to 3 decimals. The caller gives the last part the exact remainder.
 */
export function partOfUqcQuantity(uqcQuantityOfLine: string, part: bigint, whole: bigint): string {
  const total = decimal(uqcQuantityOfLine.replace(/^-/, "")) ?? { n: 0n, d: 1n }
  if (whole <= 0n) return formatRatio({ n: 0n, d: 1n }, UQC_QUANTITY_DECIMALS)
  return formatRatio({ n: total.n * part, d: total.d * whole }, UQC_QUANTITY_DECIMALS)
}

/** a − b for UQC quantities (exact decimal strings), with 3 decimals. */
export function subtractUqcQuantity(a: string, b: string): string {
  const x = decimal(a) ?? { n: 0n, d: 1n }
  const y = decimal(b) ?? { n: 0n, d: 1n }
  return formatRatio({ n: x.n * y.d - y.n * x.d, d: x.d * y.d }, UQC_QUANTITY_DECIMALS)
}

/** a + b for UQC quantities (exact decimal strings), with 3 decimals. */
export function addUqcQuantity(a: string, b: string): string {
  const x = decimal(a) ?? { n: 0n, d: 1n }
  const y = decimal(b) ?? { n: 0n, d: 1n }
  return formatRatio({ n: x.n * y.d + y.n * x.d, d: x.d * y.d }, UQC_QUANTITY_DECIMALS)
}
