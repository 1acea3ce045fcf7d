import { effectiveDateError, hsnCodeError, normalizePercent, slabRateError, uqcError } from "./hsn"
import { HSN_SEED } from "./rates"

describe("HSN master rules", () => {
  it.each([
    ["0801", "goods", null],
    ["210690", "goods", null],
    ["21069099", "goods", null],
    ["2106909", "goods", "must be 4, 6 or 8 digits"],
    ["21O6", "goods", "must be 4, 6 or 8 digits"],
    ["996812", "goods", "chapter 99"],
    ["996812", "services", null],
    ["9965", "services", null],
    ["99681", "services", "must be 6 digits starting with 99"],
    ["210690", "services", "must be 6 digits starting with 99"],
  ] as const)("code %s as %s", (code, kind, problem) => {
    const result = hsnCodeError(code, kind)
    if (problem === null) expect(result).toBeNull()
    else expect(result).toContain(problem)
  })

  it.each([
    ["KGS", "goods", true],
    ["OTH", "goods", true],
    ["NA", "services", true],
    ["NA", "goods", false],
    ["KG", "goods", false],
  ] as const)("UQC %s for %s is accepted: %s", (uqc, kind, ok) => {
    expect(uqcError(uqc, kind) === null).toBe(ok)
  })

  it.each([
    ["12", "2025-09-21", true],
    ["12", "2025-09-22", false],
    ["40", "2025-09-21", false],
    ["40", "2025-09-22", true],
    ["18.00", "2017-07-01", true],
    ["0.1", "2017-07-01", false],
    ["0.1", "2017-10-23", true],
    ["7", "2020-01-01", false],
  ])("%s%% on %s is a slab: %s", (rate, date, ok) => {
    expect(slabRateError(rate, date) === null).toBe(ok)
  })

  it("names the slabs in force when it refuses a rate", () => {
    expect(slabRateError("12", "2025-10-01")).toBe(
      "12% is not a GST rate on 2025-10-01: the rates in force from 2025-09-22 are 0, 0.1, 0.25, 1.5, 3, 5, 18, 28, 40%"
    )
  })

  it.each([
    ["2025-09-22", null],
    ["2024-02-29", null],
    ["2025-02-29", "not a date"],
    ["22-09-2025", "not a date"],
    ["2017-06-30", "before GST began"],
  ])("date %s", (date, problem) => {
    const result = effectiveDateError(date)
    if (problem === null) expect(result).toBeNull()
    else expect(result).toContain(problem)
  })

  it.each([
    ["18", "18"],
    ["18.00", "18"],
    ["0.250", "0.25"],
    ["05", "5"],
    ["0", "0"],
    ["0.0", "0"],
  ])("writes %s as %s", (value, normal) => {
    expect(normalizePercent(value)).toBe(normal)
  })

  it("passes every HSN_SEED entry, so the boot seed never refuses its own data", () => {
    for (const hsn of HSN_SEED) {
      const kind = hsn.kind === "SAC" ? "services" : "goods"
      expect([hsn.code, hsnCodeError(hsn.code, kind), uqcError(hsn.uqc, kind)]).toEqual([hsn.code, null, null])
      for (const entry of hsn.schedule) {
        expect([hsn.code, entry.effective_from, slabRateError(entry.rate, entry.effective_from)]).toEqual([hsn.code, entry.effective_from, null])
      }
    }
  })
})
