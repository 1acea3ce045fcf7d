/**
 * The pure rules of GSTR-1 / GSTR-3B preparation: periods, the portal's date and period formats,
 * the B2C (Large) threshold by date, and which GSTR-1 table a document belongs to.
 *
 * The SQL in ./sql.ts is generated from the same constants, so the TypeScript functions here are the
 * readable (and unit-tested) statement of what the set-based queries do.
 */

import { GST_STATES } from "@haat/india"

export type ReturnType = "GSTR1" | "GSTR3B"

/** A GSTR-1 table a document's values are reported in. */
export type Gstr1Section = "b2b" | "b2cl" | "b2cs" | "exp"

/**
 * CGST Rules r.59(4)(a)(ii): inter-State supplies to unregistered persons are reported invoice by invoice
 * (Table 5, B2C Large) above this invoice value. Notification 12/2024-Central Tax (10 Jul 2024) cut
 * "two and a half lakh rupees" to "one lakh rupees" with effect from 1 Aug 2024; the invoice's date decides.
 * Ordered by `from`; amounts in rupees as exact decimal strings.
 */
export const B2CL_THRESHOLDS: ReadonlyArray<{ from: string; above: string }> = [
  { from: "2017-07-01", above: "250000.00" },
  { from: "2024-08-01", above: "100000.00" },
]

/**
 * From the May 2025 return period GSTN splits Table 12 (HSN summary) into B2B and B2C tabs
 * ("Phase-III" of HSN reporting, GSTN advisory on Table 12 / Table 13 for the May 2025 period):
 * the JSON carries `hsn_b2b` and `hsn_b2c` instead of one `data` list.
 */
export const HSN_SPLIT_FROM_PERIOD = "2025-05"

/** The GST code the portal uses as place of supply for exports ("Other Countries"). */
export const EXPORT_PLACE_OF_SUPPLY = "96"

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

export function isPeriod(value: string): boolean {
  return PERIOD_PATTERN.test(value)
}

/** "2024-08" → "082024", the `fp` (filing period) of the portal's JSON. */
export function filingPeriod(period: string): string {
  const match = PERIOD_PATTERN.exec(period)
  if (!match) {
    throw new Error(`"${period}" is not a return period: use YYYY-MM, e.g. 2024-08`)
  }
  return `${match[2]}${match[1]}`
}

/** The IST calendar month of an instant, as YYYY-MM: GST periods follow Indian dates. */
export function currentPeriod(now: Date = new Date()): string {
  const ist = new Date(now.getTime() + 330 * 60 * 1000)
  return `${ist.getUTCFullYear()}-${String(ist.getUTCMonth() + 1).padStart(2, "0")}`
}

/** A period later than the current IST month has no supplies yet and cannot be prepared. */
export function isFuturePeriod(period: string, now: Date = new Date()): boolean {
  return period > currentPeriod(now)
}

function splitDate(date: string): [string, string, string] {
  const match = DATE_PATTERN.exec(date)
  if (!match) {
    throw new Error(`"${date}" is not a date: use YYYY-MM-DD`)
  }
  return [match[1], match[2], match[3]]
}

/** "2024-08-05" → "05-08-2024": dates in the GSTR-1 JSON (idt, nt_dt, sbdt). */
export function portalDate(date: string): string {
  const [year, month, day] = splitDate(date)
  return `${day}-${month}-${year}`
}

/** "2024-08-05" → "05-Aug-24": dates in the offline tool's CSV templates. */
export function offlineToolDate(date: string): string {
  const [year, month, day] = splitDate(date)
  return `${day}-${MONTHS[Number(month) - 1]}-${year.slice(2)}`
}

function paiseOf(rupees: string): bigint {
  const [whole, fraction = ""] = rupees.split(".")
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2))
}

/** The B2C (Large) threshold in force on an invoice date (rupees, exclusive: the value must exceed it). */
export function b2clThreshold(issueDate: string): string {
  splitDate(issueDate)
  let threshold = B2CL_THRESHOLDS[0].above
  for (const step of B2CL_THRESHOLDS) {
    if (issueDate >= step.from) {
      threshold = step.above
    }
  }
  return threshold
}

export type SectionFacts = {
  supply_type: Gstr1Section
  buyer_gstin: string | null
  place_of_supply: string
  supplier_state_code: string
  /** The invoice value (for a credit note: the value of the invoice it adjusts), rupees. */
  invoice_value: string
  /** The invoice date (for a credit note: the date of the invoice it adjusts), YYYY-MM-DD. */
  invoice_date: string
}

/**
 * The GSTR-1 table the law puts a supply in, from the facts on the document rather than the
 * classification stored at issue time (which the returns re-check):
 * exports (place of supply 96) → exp; a buyer with a GSTIN → b2b (SEZ units included, Table 4/6B);
 * an inter-State supply to an unregistered buyer above the threshold of its date → b2cl; else b2cs.
 * Intra-State B2C supplies are B2C Others whatever their value (r.59(4)(a)(ii) covers inter-State only).
 */
export function classifySupply(facts: SectionFacts): Gstr1Section {
  if (facts.supply_type === "exp" || facts.place_of_supply === EXPORT_PLACE_OF_SUPPLY) {
    return "exp"
  }
  if (facts.buyer_gstin) {
    return "b2b"
  }
  if (facts.place_of_supply === facts.supplier_state_code) {
    return "b2cs"
  }
  return paiseOf(facts.invoice_value) > paiseOf(b2clThreshold(facts.invoice_date)) ? "b2cl" : "b2cs"
}

/** Why a document's stored classification differs from what the returns file it under, for the merchant. */
export function inconsistencyReason(facts: SectionFacts, filedAs: Gstr1Section): string {
  const threshold = b2clThreshold(facts.invoice_date)
  const formattedThreshold = `₹${Number(threshold.split(".")[0]).toLocaleString("en-IN")}`
  if (facts.supply_type === "b2cl" && filedAs === "b2cs") {
    if (facts.place_of_supply === facts.supplier_state_code) {
      return "stored as B2C Large but the supply is intra-State: only inter-State supplies to unregistered buyers are B2C Large (CGST Rules r.59(4))"
    }
    return `stored as B2C Large but the invoice value ₹${facts.invoice_value} of ${facts.invoice_date} is not above ${formattedThreshold} (CGST Rules r.59(4), Notification 12/2024-Central Tax from 1 Aug 2024)`
  }
  if (facts.supply_type === "b2cs" && filedAs === "b2cl") {
    return `stored as B2C Others but the inter-State invoice value ₹${facts.invoice_value} of ${facts.invoice_date} is above ${formattedThreshold}: it must be reported invoice-wise in B2C Large (CGST Rules r.59(4))`
  }
  if (facts.supply_type === "b2b" && filedAs !== "b2b") {
    return "stored as B2B but the document has no buyer GSTIN: reported as a supply to an unregistered person"
  }
  if (filedAs === "b2b") {
    return `stored as ${facts.supply_type} but the buyer has GSTIN ${facts.buyer_gstin}: reported as B2B`
  }
  if (filedAs === "exp") {
    return `stored as ${facts.supply_type} but the place of supply is 96 (Other Countries): reported as an export`
  }
  return `stored as ${facts.supply_type}, reported as ${filedAs}`
}

/** A UIN (UN bodies, embassies) has "UN" at positions 13-14; GSTR-3B table 3.2 reports supplies to UIN holders apart. */
export function isUin(gstin: string | null): boolean {
  return !!gstin && gstin.slice(12, 14).toUpperCase() === "UN"
}

/** "24" → "24-Gujarat", the place-of-supply spelling of the offline tool's CSV templates. */
export function offlineToolPlaceOfSupply(code: string): string {
  if (code === EXPORT_PLACE_OF_SUPPLY) {
    return "96-Other Countries"
  }
  const state = GST_STATES.find((s) => s.code === code)
  return state ? `${state.code}-${state.name}` : code
}

/** Unit quantity codes as the offline tool spells them (GSTN's UQC master; its spellings, not typos). */
export const UQC_LABELS: Readonly<Record<string, string>> = {
  BAG: "BAG-BAGS",
  BOX: "BOX-BOX",
  BTL: "BTL-BOTTLES",
  DOZ: "DOZ-DOZENS",
  GMS: "GMS-GRAMMES",
  KGS: "KGS-KILOGRAMS",
  LTR: "LTR-LITRES",
  MLT: "MLT-MILILITRE",
  MTR: "MTR-METERS",
  NA: "NA",
  NOS: "NOS-NUMBERS",
  OTH: "OTH-OTHERS",
  PAC: "PAC-PACKS",
  PCS: "PCS-PIECES",
  PRS: "PRS-PAIRS",
  SET: "SET-SETS",
  SQF: "SQF-SQUARE FEET",
  SQM: "SQM-SQUARE METERS",
  TON: "TON-TONNES",
  UNT: "UNT-UNITS",
}

/** Quote a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
