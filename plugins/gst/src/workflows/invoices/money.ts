import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * A Medusa amount (BigNumber, number or string, possibly with more decimals) as a decimal string rounded
 * half-up to the paisa: the one point where Medusa's figures enter GST arithmetic.
 */
export function toMoneyString(value: BigNumberInput | null | undefined): string {
  // BigNumber.js ROUND_HALF_UP is 4 (rounds half away from zero).
  return MathBN.convert(value ?? 0).toFixed(2, 4)
}

/** A rate sum as a plain decimal string: 2.5 + 2.5 → "5". */
export function toRateString(values: (BigNumberInput | null | undefined)[]): string {
  return MathBN.add(0, ...values.map((v) => v ?? 0)).toFixed()
}
