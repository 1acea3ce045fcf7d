import { formatMoney, roundHalfUp } from "@haat/india"

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

/**
 * An amount as Medusa hands it over (a number, a decimal string, or a BigNumber with its raw value) in paise,
 * rounded half-up once. Medusa computes tax inside tax-inclusive prices to many decimals; the marketplace
 * books each figure to the paisa at this one point.
 */
export function paiseOf(value: unknown): bigint {
  if (value === null || value === undefined) {
    return 0n
  }
  if (typeof value === "bigint") {
    return value * 100n
  }
  if (typeof value === "object") {
    const raw = (value as { raw?: { value?: unknown }; value?: unknown; numeric?: unknown }).raw?.value
    if (raw !== undefined) return paiseOf(raw)
    const v = (value as { value?: unknown }).value
    if (v !== undefined) return paiseOf(v)
    return paiseOf(String(value))
  }
  const text = typeof value === "number" ? value.toFixed(10) : String(value).trim()
  const match = DECIMAL.exec(text)
  if (!match) {
    throw new Error(`"${text}" is not an amount`)
  }
  const [, minus, whole, fraction = ""] = match
  const scale = 10n ** BigInt(fraction.length)
  const units = BigInt(whole) * scale + BigInt(fraction || "0")
  const paise = roundHalfUp(units * 100n, scale)
  return minus ? -paise : paise
}

/** Paise back to the decimal string a bigNumber column stores exactly ("640.00"). */
export function rupeesOf(paise: bigint): string {
  return formatMoney(paise)
}

export function sumPaise(values: bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n)
}
