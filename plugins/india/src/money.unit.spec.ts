import {
  addPercents,
  formatMoney,
  formatPercent,
  halfOf,
  parseMoney,
  parsePercent,
  percentOf,
  roundHalfUp,
  valueBeforeTax,
} from "./money"
import { GstRuleError } from "./errors"

describe("parseMoney", () => {
  it.each<[string, bigint]>([
    ["1234.5", 123450n],
    ["1234.50", 123450n],
    ["1234", 123400n],
    ["0", 0n],
    ["0.01", 1n],
    ["0.1", 10n],
    [" 99.99 ", 9999n],
    ["-5.25", -525n],
    ["100000000.00", 10000000000n],
    ["007.00", 700n],
  ])("reads %p as %p paise", (text, paise) => {
    expect(parseMoney(text)).toBe(paise)
  })

  it.each(["", "1.234", "1,000.00", "₹100", "1e3", ".5", "5.", "+5", "ten", "1 000"])("refuses %p", (text) => {
    expect(() => parseMoney(text)).toThrow(GstRuleError)
  })
})

describe("formatMoney", () => {
  it.each<[bigint, string]>([
    [123450n, "1234.50"],
    [0n, "0.00"],
    [1n, "0.01"],
    [10n, "0.10"],
    [100n, "1.00"],
    [-525n, "-5.25"],
    [-1n, "-0.01"],
    [10000000000n, "100000000.00"],
  ])("writes %p paise as %p", (paise, text) => {
    expect(formatMoney(paise)).toBe(text)
  })

  it("round-trips every paisa value from -1000 to 1000", () => {
    for (let paise = -1000n; paise <= 1000n; paise++) {
      expect(parseMoney(formatMoney(paise))).toBe(paise)
    }
  })
})

describe("parsePercent and formatPercent", () => {
  it.each<[string, bigint, bigint, string]>([
    ["18", 18n, 1n, "18"],
    ["0.25", 25n, 100n, "0.25"],
    ["0.1", 1n, 10n, "0.1"],
    ["2.50", 250n, 100n, "2.5"],
    ["0", 0n, 1n, "0"],
    ["28.000", 28000n, 1000n, "28"],
    ["0.125", 125n, 1000n, "0.125"],
  ])("reads %p exactly and writes it back shortest", (text, numerator, denominator, shortest) => {
    const percent = parsePercent(text)
    expect(percent).toEqual({ numerator, denominator })
    expect(formatPercent(percent)).toBe(shortest)
  })

  it.each(["-5", "", "18%", "abc", "1/2", ".5"])("refuses %p as a rate", (text) => {
    expect(() => parsePercent(text)).toThrow(/not a GST rate/)
  })
})

describe("halfOf", () => {
  it.each<[string, string]>([
    ["18", "9"],
    ["5", "2.5"],
    ["0.25", "0.125"],
    ["0.1", "0.05"],
    ["1.5", "0.75"],
    ["3", "1.5"],
    ["12", "6"],
    ["28", "14"],
    ["40", "20"],
    ["0", "0"],
  ])("halves %p%% into %p%% for CGST and SGST/UTGST", (rate, half) => {
    expect(formatPercent(halfOf(parsePercent(rate)))).toBe(half)
  })
})

describe("addPercents", () => {
  it.each<[string, string, string]>([
    ["28", "12", "40"],
    ["18", "0.25", "18.25"],
    ["0.125", "0.125", "0.25"],
    ["5", "0", "5"],
  ])("adds %p and %p to %p", (a, b, sum) => {
    expect(formatPercent(addPercents(parsePercent(a), parsePercent(b)))).toBe(sum)
  })
})

describe("roundHalfUp", () => {
  it.each<[bigint, bigint, bigint]>([
    [5n, 10n, 1n],
    [4n, 10n, 0n],
    [15n, 10n, 2n],
    [14n, 10n, 1n],
    [25n, 10n, 3n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [0n, 7n, 0n],
    [-5n, 10n, -1n],
    [-4n, 10n, 0n],
    [-15n, 10n, -2n],
    [10n ** 20n + 1n, 2n, 5n * 10n ** 19n + 1n],
  ])("rounds %p / %p to %p", (numerator, denominator, expected) => {
    expect(roundHalfUp(numerator, denominator)).toBe(expected)
  })

  it("refuses a zero or negative denominator", () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(/positive denominator/)
    expect(() => roundHalfUp(1n, -2n)).toThrow(/positive denominator/)
  })
})

describe("percentOf", () => {
  it.each<[string, string, string]>([
    ["1000.00", "18", "180.00"],
    ["0.25", "18", "0.05"],
    ["0.24", "18", "0.04"],
    ["999.99", "2.5", "25.00"],
    ["95.23", "2.5", "2.38"],
    ["1000.00", "0.125", "1.25"],
    ["1000.00", "0.05", "0.50"],
    ["0.01", "40", "0.00"],
    ["0.02", "40", "0.01"],
  ])("takes %p at %p%% as %p", (amount, rate, tax) => {
    expect(formatMoney(percentOf(parseMoney(amount), parsePercent(rate)))).toBe(tax)
  })
})

describe("valueBeforeTax", () => {
  it.each<[string, string, string]>([
    ["1180.00", "18", "1000.00"],
    ["100.00", "18", "84.75"],
    ["99.99", "5", "95.23"],
    ["1400.00", "40", "1000.00"],
    ["0.00", "18", "0.00"],
    ["105.00", "5", "100.00"],
    ["100.00", "0", "100.00"],
  ])("takes the tax out of %p at %p%%: %p", (inclusive, rate, taxable) => {
    expect(formatMoney(valueBeforeTax(parseMoney(inclusive), parsePercent(rate)))).toBe(taxable)
  })
})
