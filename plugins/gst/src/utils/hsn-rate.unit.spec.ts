import { HsnMaster, hsnCandidates, hsnRateOn, normaliseHsn } from "./hsn-rate"

describe("normaliseHsn", () => {
  it.each<[string, string | null]>([
    ["21069099", "21069099"],
    ["2106 90 99", "21069099"],
    ["2106.90.99", "21069099"],
    [" 1704 ", "1704"],
    ["996812", "996812"],
    ["21", null],
    ["210690991", null],
    ["HSN2106", null],
    ["", null],
  ])("%p → %p", (input, expected) => {
    expect(normaliseHsn(input)).toBe(expected)
  })
})

describe("hsnCandidates", () => {
  it.each<[string, string[]]>([
    ["21069099", ["21069099", "210690", "2106"]],
    ["210690", ["210690", "2106"]],
    ["1704", ["1704"]],
    ["17049", ["17049", "1704"]],
  ])("%p falls under %p", (code, expected) => {
    expect(hsnCandidates(code)).toEqual(expected)
  })
})

describe("hsnRateOn", () => {
  const master: HsnMaster = {
    "2106": [{ effective_from: "2017-07-01", rate: "18" }],
    "33049990": [
      { effective_from: "2017-07-01", rate: "12" },
      { effective_from: "2025-09-22", rate: "0" },
    ],
    "24022010": [{ effective_from: "2017-07-01", rate: "28", cess_rate: "5" }],
    "9999": [{ effective_from: "2030-01-01", rate: "18" }],
  }

  it.each<[string, string, string, string, string, string]>([
    // The HSN master has the exact code: it decides, rate changes included.
    ["33049990", "2025-09-21", "33049990", "hsn_master", "12", "0"],
    ["33049990", "2025-09-22", "33049990", "hsn_master", "0", "0"],
    ["24022010", "2026-11-22", "24022010", "hsn_master", "28", "5"],
    // Not in the master: the shipped HSN_SEED, the exact code or the heading it falls under.
    ["21069099", "2025-09-21", "21069099", "hsn_seed", "12", "0"],
    ["21069099", "2025-09-22", "21069099", "hsn_seed", "5", "0"],
    ["17049090", "2025-01-01", "1704", "hsn_seed", "18", "0"],
    ["17049090", "2026-01-01", "1704", "hsn_seed", "5", "0"],
    // A more specific seed entry beats a wider code in the master.
    ["21069099", "2026-11-22", "21069099", "hsn_seed", "5", "0"],
    // The master's heading covers codes under it that nothing more specific lists.
    ["21061000", "2026-11-22", "2106", "hsn_master", "18", "0"],
  ])("%p on %p: %p from %p at %p%% (cess %p%%)", (code, date, rateHsn, source, rate, cess) => {
    expect(hsnRateOn(code, date, master)).toEqual({ ok: true, rate_hsn: rateHsn, rate_source: source, rate, cess_rate: cess })
  })

  it("says so when the code has no rate anywhere", () => {
    expect(hsnRateOn("96081019", "2026-11-22", master)).toEqual({
      ok: false,
      error: "HSN 96081019 has no GST rate: add it with its rate in Admin → GST",
    })
  })

  it("says so when the master's rate starts after the supply date, rather than falling back", () => {
    expect(hsnRateOn("9999", "2026-11-22", master)).toEqual({
      ok: false,
      error: "HSN 9999 has no GST rate in force on 2026-11-22: add the rate from that date in Admin → GST",
    })
  })
})
