/**
 * Format rules of the HSN/SAC master: code shape, unit quantity code, and a dated rate that must be
 * a GST slab on the day it takes effect. Each check returns the message a merchant acts on, or null.
 */

import { parsePercent } from "./money"
import { GST_SLAB_SETS, isSlabRate, slabsOn } from "./rates"

/**
 * The Unit Quantity Codes the GST portal accepts in the GSTR-1 HSN summary (table 12), as listed on the
 * portal and in its offline tool. "NA" is what the portal takes for services (SAC), which have no quantity.
 */
export const GST_UQC: Readonly<Record<string, string>> = {
  BAG: "Bags",
  BAL: "Bale",
  BDL: "Bundles",
  BKL: "Buckles",
  BOU: "Billions of units",
  BOX: "Box",
  BTL: "Bottles",
  BUN: "Bunches",
  CAN: "Cans",
  CBM: "Cubic metres",
  CCM: "Cubic centimetres",
  CMS: "Centimetres",
  CTN: "Cartons",
  DOZ: "Dozens",
  DRM: "Drums",
  GGR: "Great gross",
  GMS: "Grams",
  GRS: "Gross",
  GYD: "Gross yards",
  KGS: "Kilograms",
  KLR: "Kilolitres",
  KME: "Kilometres",
  LTR: "Litres",
  MLT: "Millilitres",
  MTR: "Metres",
  MTS: "Metric tonnes",
  NOS: "Numbers",
  OTH: "Others",
  PAC: "Packs",
  PCS: "Pieces",
  PRS: "Pairs",
  QTL: "Quintals",
  ROL: "Rolls",
  SET: "Sets",
  SQF: "Square feet",
  SQM: "Square metres",
  SQY: "Square yards",
  TBS: "Tablets",
  TGM: "Ten grams",
  THD: "Thousands",
  TON: "Tonnes",
  TUB: "Tubes",
  UGS: "US gallons",
  UNT: "Units",
  YDS: "Yards",
  NA: "Not applicable (services)",
}

export type HsnKind = "goods" | "services"

const GST_START = GST_SLAB_SETS[0].effective_from

/**
 * Goods: an HSN heading (4 digits), subheading (6) or tariff item (8) of the Customs Tariff, outside
 * chapter 99. Services: a SAC of the services annexure to 11/2017-CTR, chapter 99: the heading (9965)
 * or the 6-digit service code (996812).
 */
export function hsnCodeError(code: string, kind: HsnKind): string | null {
  if (kind === "services") {
    return /^99(\d{2}|\d{4})$/.test(code)
      ? null
      : `SAC "${code}" must be 6 digits starting with 99 (e.g. 996812), or a 4-digit heading such as 9965`
  }
  if (!/^(\d{4}|\d{6}|\d{8})$/.test(code)) {
    return `HSN "${code}" must be 4, 6 or 8 digits (e.g. 0801, 210690, 21069099)`
  }
  if (code.startsWith("99")) {
    return `HSN "${code}" is in chapter 99, which holds services: set kind to "services" (SAC)`
  }
  return null
}

export function uqcError(uqc: string, kind: HsnKind): string | null {
  if (!(uqc in GST_UQC)) {
    return `UQC "${uqc}" is not on the GST portal's list: use one such as KGS, NOS, BOX, BTL, PAC, or OTH`
  }
  if (uqc === "NA" && kind === "goods") {
    return `UQC "NA" is only for services: goods need a quantity code such as KGS or NOS`
  }
  return null
}

/** A real calendar date "YYYY-MM-DD" (2025-02-30 is refused), on or after GST began. */
export function effectiveDateError(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const valid =
    match !== null &&
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === date
  if (!valid) {
    return `"${date}" is not a date: use YYYY-MM-DD, e.g. 2025-09-22`
  }
  if (date < GST_START) {
    return `${date} is before GST began on ${GST_START}`
  }
  return null
}

function percentError(value: string, what: string): string | null {
  try {
    parsePercent(value)
    return null
  } catch {
    return `${what} "${value}" is not a percent: use a decimal such as 18 or 0.25`
  }
}

/** A total GST rate must be one of the slabs notified for the day it takes effect (GST_SLAB_SETS). */
export function slabRateError(rate: string, effectiveFrom: string): string | null {
  const notPercent = percentError(rate, "Rate")
  if (notPercent) {
    return notPercent
  }
  if (effectiveDateError(effectiveFrom) || isSlabRate(rate, effectiveFrom)) {
    return null
  }
  const slabs = slabsOn(effectiveFrom)
  return `${rate}% is not a GST rate on ${effectiveFrom}: the rates in force from ${slabs?.effective_from} are ${slabs?.rates.join(", ")}%`
}

export function cessRateError(cess: string): string | null {
  return percentError(cess, "Cess rate")
}

/** "18.00" → "18", "0.250" → "0.25": one spelling per rate, so a re-import compares equal. */
export function normalizePercent(value: string): string {
  const trimmed = value.trim()
  if (!trimmed.includes(".")) {
    return trimmed.replace(/^0+(?=\d)/, "")
  }
  return trimmed.replace(/^0+(?=\d)/, "").replace(/0+$/, "").replace(/\.$/, "")
}
