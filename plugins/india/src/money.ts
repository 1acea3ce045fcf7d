/**
 * Exact money and percent arithmetic for GST, over bigint.
 *
 * Amounts are held in paise (1 rupee = 100 paise). Percent rates are exact
 * fractions (`"0.25"` is 25/100), so a tax figure is a rational number that is
 * rounded exactly once, half-up to the paisa, where the caller decides.
 */

import { GstRuleError } from "./errors"

const MONEY_PATTERN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/
const PERCENT_PATTERN = /^(\d+)(?:\.(\d+))?$/

/** A non-negative percent as an exact fraction: `numerator / denominator` percent. */
export interface Percent {
  numerator: bigint
  denominator: bigint
}

/** "1234.5" → 123450n paise. Accepts up to two decimals and an optional leading minus. */
export function parseMoney(rupees: string): bigint {
  const match = MONEY_PATTERN.exec(rupees.trim())
  if (!match) {
    throw new GstRuleError(
      `"${rupees}" is not an amount in rupees: use digits with up to two decimals, e.g. "1180.00"`
    )
  }
  const [, minus, whole, fraction = ""] = match
  const paise = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"))
  return minus ? -paise : paise
}

/** 123450n paise → "1234.50". */
export function formatMoney(paise: bigint): string {
  const sign = paise < 0n ? "-" : ""
  const magnitude = paise < 0n ? -paise : paise
  const rupees = magnitude / 100n
  const rest = (magnitude % 100n).toString().padStart(2, "0")
  return `${sign}${rupees}.${rest}`
}

/** "0.25" → 25/100; "18" → 18/1. Rejects negatives and anything that is not a plain decimal. */
export function parsePercent(rate: string): Percent {
  const match = PERCENT_PATTERN.exec(rate.trim())
  if (!match) {
    throw new GstRuleError(`"${rate}" is not a GST rate: use a percent as a decimal string, e.g. "18" or "0.25"`)
  }
  const [, whole, fraction = ""] = match
  return {
    numerator: BigInt(whole + fraction),
    denominator: 10n ** BigInt(fraction.length),
  }
}

/** An exact percent back to its shortest decimal string: 25/100 → "0.25", 9/1 → "9". */
export function formatPercent(percent: Percent): string {
  let { numerator, denominator } = percent
  let decimals = 0
  while (denominator % 10n === 0n && denominator > 1n) {
    denominator /= 10n
    decimals++
  }
  if (denominator !== 1n) {
    throw new Error("formatPercent takes a percent whose denominator is a power of ten")
  }
  while (decimals > 0 && numerator % 10n === 0n) {
    numerator /= 10n
    decimals--
  }
  const digits = numerator.toString().padStart(decimals + 1, "0")
  if (decimals === 0) return digits
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
}

/** Half of a percent, exactly: 5 → 2.5, 0.25 → 0.125 (the CGST or SGST/UTGST share of a rate). */
export function halfOf(percent: Percent): Percent {
  if (percent.numerator % 2n === 0n) {
    return { numerator: percent.numerator / 2n, denominator: percent.denominator }
  }
  return { numerator: percent.numerator * 5n, denominator: percent.denominator * 10n }
}

/** The sum of two percents, exactly. */
export function addPercents(a: Percent, b: Percent): Percent {
  const denominator = a.denominator > b.denominator ? a.denominator : b.denominator
  return {
    numerator: a.numerator * (denominator / a.denominator) + b.numerator * (denominator / b.denominator),
    denominator,
  }
}

export function isZeroPercent(percent: Percent): boolean {
  return percent.numerator === 0n
}

/**
 * numerator / denominator rounded half-up (half away from zero) to a whole number.
 * The denominator must be positive.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) {
    throw new Error("roundHalfUp needs a positive denominator")
  }
  if (numerator < 0n) {
    return -roundHalfUp(-numerator, denominator)
  }
  return (numerator * 2n + denominator) / (denominator * 2n)
}

/** `percent` of an amount in paise, rounded half-up to the paisa. */
export function percentOf(paise: bigint, percent: Percent): bigint {
  return roundHalfUp(paise * percent.numerator, percent.denominator * 100n)
}

/**
 * The value before tax inside a tax-inclusive amount: amount × 100 / (100 + rate),
 * rounded half-up to the paisa.
 */
export function valueBeforeTax(inclusivePaise: bigint, totalRate: Percent): bigint {
  return roundHalfUp(
    inclusivePaise * 100n * totalRate.denominator,
    100n * totalRate.denominator + totalRate.numerator
  )
}
