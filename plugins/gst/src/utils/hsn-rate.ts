import { findHsn, RateSchedule, rateOn } from "../lib"

/** Rate schedules of the HSN master (gst_hsn_code + gst_hsn_rate rows), by code. */
export type HsnMaster = Record<string, RateSchedule>

export type HsnRateSource = "hsn_master" | "hsn_seed"

export type HsnRate = {
  /** The code whose schedule gave the rate: the HSN itself, or the sub-heading or heading it falls under. */
  rate_hsn: string
  rate_source: HsnRateSource
  /** Total GST percent, a decimal string ("5", "0.25"). */
  rate: string
  cess_rate: string
}

export type HsnRateResult = ({ ok: true } & HsnRate) | { ok: false; error: string }

/** An HSN/SAC as written on a product ("2106 90 99", "2106.90.99") to its digits; null when it is no 4-8 digit code. */
export function normaliseHsn(code: string): string | null {
  const digits = code.replace(/[\s.]/g, "")
  return /^\d{4,8}$/.test(digits) ? digits : null
}

/**
 * The codes whose rate can apply to an HSN, most specific first: the tariff item, its sub-heading (6 digits)
 * and heading (4). Rate notifications name headings, sub-headings or tariff items, and a narrower entry
 * overrides a wider one; a chapter (2 digits) is too wide to take a rate from.
 */
export function hsnCandidates(code: string): string[] {
  return [...new Set([code, code.slice(0, 6), code.slice(0, 4)])].filter((c) => c.length >= 4 && c.length <= code.length)
}

/**
 * The GST rate of an HSN on an IST date. The most specific code that has a schedule wins; at the same
 * level the merchant's HSN master (Admin → GST) wins over the HSN_SEED shipped with @haat/india.
 */
export function hsnRateOn(code: string, date: string, master: HsnMaster): HsnRateResult {
  for (const candidate of hsnCandidates(code)) {
    const fromMaster = master[candidate]
    const seed = fromMaster ? null : findHsn(candidate)
    const schedule = fromMaster ?? seed?.schedule
    if (!schedule) {
      continue
    }
    const entry = rateOn(schedule, date)
    if (!entry) {
      return {
        ok: false,
        error: `HSN ${candidate} has no GST rate in force on ${date}: add the rate from that date in Admin → GST`,
      }
    }
    return {
      ok: true,
      rate_hsn: candidate,
      rate_source: fromMaster ? "hsn_master" : "hsn_seed",
      rate: entry.rate,
      cess_rate: entry.cess_rate ?? "0",
    }
  }
  return { ok: false, error: `HSN ${code} has no GST rate: add it with its rate in Admin → GST` }
}
