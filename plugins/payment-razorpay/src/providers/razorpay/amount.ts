import type { BigNumberInput } from "@medusajs/framework/types"
import {
  BigNumber,
  MathBN,
  MedusaError,
  defaultCurrencies,
} from "@medusajs/framework/utils"
import BigNumberJs from "bignumber.js"

function decimalDigitsOf(currencyCode: string): number {
  const currency = defaultCurrencies[currencyCode.toUpperCase()]
  if (!currency) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Currency "${currencyCode}" is not an ISO 4217 currency Medusa knows; Razorpay needs amounts in a known currency (INR for Indian payments).`
    )
  }
  return currency.decimal_digits
}

function smallestUnitName(currencyCode: string, decimalDigits: number): string {
  if (currencyCode.toUpperCase() === "INR") {
    return "paise"
  }
  return `units of ${MathBN.div(1, MathBN.exp(10, decimalDigits)).toFixed()} ${currencyCode.toUpperCase()}`
}

/**
 * Converts a Medusa amount (currency units, e.g. rupees) to the integer Razorpay expects (the
 * smallest unit, e.g. paise), in exact decimal arithmetic. Medusa's totals can carry digits below
 * the paisa (tax on tax-exclusive prices is not rounded), so the amount is rounded once, here,
 * half-up to the smallest unit: the customer is charged what the invoice shows, rounded to the paisa.
 */
export function toSmallestUnit(
  amount: BigNumberInput,
  currencyCode: string
): number {
  const code = currencyCode.toUpperCase()
  const decimalDigits = decimalDigitsOf(code)
  const units = MathBN.convert(amount)

  if (!units.isFinite() || units.lte(0)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Razorpay can only charge or refund a positive amount; got ${code} ${units.toFixed()}.`
    )
  }

  const smallest = MathBN.mult(units, MathBN.exp(10, decimalDigits)).integerValue(BigNumberJs.ROUND_HALF_UP)
  if (smallest.lte(0)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${code} ${units.toFixed()} is less than half of one of the ${smallestUnitName(code, decimalDigits)} Razorpay charges in.`
    )
  }
  if (smallest.gt(Number.MAX_SAFE_INTEGER)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${code} ${units.toFixed()} is too large for a single Razorpay payment.`
    )
  }

  return smallest.toNumber()
}

/** Converts Razorpay's smallest-unit integer back to currency units. */
export function fromSmallestUnit(
  amount: number | string,
  currencyCode: string
): BigNumber {
  const decimalDigits = decimalDigitsOf(currencyCode)
  return new BigNumber(MathBN.div(amount, MathBN.exp(10, decimalDigits)))
}

/** "INR 1234.56" from 123456, for messages. */
export function formatSmallestUnit(
  amount: number | string,
  currencyCode: string
): string {
  return `${currencyCode.toUpperCase()} ${MathBN.convert(fromSmallestUnit(amount, currencyCode)).toFixed()}`
}
