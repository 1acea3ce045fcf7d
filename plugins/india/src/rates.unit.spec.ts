import {
  financialYear,
  findHsn,
  fyShort,
  GST_SLAB_SETS,
  HSN_SEED,
  isSlabRate,
  istDate,
  RateSchedule,
  rateOn,
  returnPeriod,
  slabsOn,
  toIstDate,
} from "./rates"

describe("istDate", () => {
  it.each<[string, string]>([
    ["2025-09-21T18:29:59.999Z", "2025-09-21"],
    ["2025-09-21T18:30:00.000Z", "2025-09-22"],
    ["2025-03-31T18:29:59.999Z", "2025-03-31"],
    ["2025-03-31T18:30:00.000Z", "2025-04-01"],
    ["2024-02-29T12:00:00.000Z", "2024-02-29"],
    ["2025-12-31T18:30:00.000Z", "2026-01-01"],
    ["2017-07-01T00:00:00+05:30", "2017-07-01"],
  ])("puts the instant %p on the Indian date %p", (instant, date) => {
    expect(istDate(new Date(instant))).toBe(date)
  })

  it("refuses an invalid Date", () => {
    expect(() => istDate(new Date("not a date"))).toThrow(/valid date/)
  })
})

describe("toIstDate", () => {
  it("keeps a YYYY-MM-DD string as it is", () => {
    expect(toIstDate("2025-09-22")).toBe("2025-09-22")
  })

  it.each(["2025-13-01", "2025-00-10", "22-09-2025", "2025-9-22", "2025-09-32", "", "yesterday"])("refuses %p", (text) => {
    expect(() => toIstDate(text)).toThrow(/not a date/)
  })
})

describe("rateOn", () => {
  const schedule: RateSchedule = [
    { effective_from: "2025-09-22", rate: "5" },
    { effective_from: "2017-07-01", rate: "12", cess_rate: "1" },
    { effective_from: "2019-10-01", rate: "18" },
  ]

  it.each<[string, string | null]>([
    ["2017-06-30", null],
    ["2017-07-01", "12"],
    ["2019-09-30", "12"],
    ["2019-10-01", "18"],
    ["2025-09-21", "18"],
    ["2025-09-22", "5"],
    ["2031-01-01", "5"],
  ])("on %p takes the latest entry that had started: %p", (date, rate) => {
    expect(rateOn(schedule, date)?.rate ?? null).toBe(rate)
  })

  it("carries the entry's cess rate", () => {
    expect(rateOn(schedule, "2018-01-01")).toEqual({ effective_from: "2017-07-01", rate: "12", cess_rate: "1" })
  })

  it("reads an instant on its Indian date: 18:30 UTC on 21 Sep 2025 is already 22 Sep in India", () => {
    expect(rateOn(schedule, new Date("2025-09-21T18:29:59Z"))?.rate).toBe("18")
    expect(rateOn(schedule, new Date("2025-09-21T18:30:00Z"))?.rate).toBe("5")
  })

  it("gives nothing for an empty schedule", () => {
    expect(rateOn([], "2025-01-01")).toBeNull()
  })

  it("refuses a schedule entry with a malformed date", () => {
    expect(() => rateOn([{ effective_from: "22/09/2025", rate: "5" }], "2025-10-01")).toThrow(/not a date/)
  })
})

describe("financialYear, fyShort and returnPeriod", () => {
  it.each<[string, string, string, string]>([
    ["2025-04-01", "2025-26", "2526", "042025"],
    ["2025-03-31", "2024-25", "2425", "032025"],
    ["2026-01-15", "2025-26", "2526", "012026"],
    ["2025-09-22", "2025-26", "2526", "092025"],
    ["2017-07-01", "2017-18", "1718", "072017"],
    ["2099-12-31", "2099-00", "9900", "122099"],
    ["2000-02-29", "1999-00", "9900", "022000"],
  ])("puts %p in FY %p (%p), return period %p", (date, year, short, period) => {
    expect(financialYear(date)).toBe(year)
    expect(fyShort(date)).toBe(short)
    expect(returnPeriod(date)).toBe(period)
  })

  it("takes an instant's Indian date: 31 Mar 18:30 UTC is 1 Apr in India, a new year and period", () => {
    const instant = new Date("2025-03-31T18:30:00Z")
    expect(financialYear(instant)).toBe("2025-26")
    expect(fyShort(instant)).toBe("2526")
    expect(returnPeriod(instant)).toBe("042025")
  })
})

describe("GST slabs", () => {
  it("has no slabs before GST began on 1 Jul 2017", () => {
    expect(slabsOn("2017-06-30")).toBeNull()
    expect(isSlabRate("18", "2017-06-30")).toBe(false)
  })

  it.each<[string, string, boolean]>([
    ["2017-07-01", "12", true],
    ["2017-07-01", "28", true],
    ["2017-07-01", "40", false],
    ["2017-07-01", "0.1", false],
    ["2017-10-23", "0.1", true],
    ["2025-09-21", "12", true],
    ["2025-09-21", "40", false],
    ["2025-09-22", "40", true],
    ["2025-09-22", "12", false],
    ["2025-09-22", "18.00", true],
    ["2025-09-22", "5", true],
    ["2025-09-22", "0.25", true],
    ["2025-09-22", "3", true],
    ["2025-09-22", "28", true],
    ["2025-09-22", "7", false],
  ])("on %p, %p%% is a slab: %p", (date, rate, expected) => {
    expect(isSlabRate(rate, date)).toBe(expected)
  })

  it("keeps every slab set's rates distinct and each set's source named", () => {
    for (const set of GST_SLAB_SETS) {
      expect(new Set(set.rates).size).toBe(set.rates.length)
      expect(set.source.length).toBeGreaterThan(0)
    }
  })
})

describe("HSN seed", () => {
  it("uses digits-only codes: HSN of 4 to 8 digits, SAC under heading 99", () => {
    for (const entry of HSN_SEED) {
      if (entry.kind === "HSN") expect(entry.code).toMatch(/^\d{4}(\d{2}){0,2}$/)
      else expect(entry.code).toMatch(/^99\d{2}(\d{2})?$/)
    }
  })

  it("gives services the UQC NA and goods a real unit", () => {
    for (const entry of HSN_SEED) {
      expect(entry.uqc === "NA").toBe(entry.kind === "SAC")
    }
  })

  it("covers every seed code from 1 Jul 2017, with a rate from 22 Sep 2025", () => {
    for (const entry of HSN_SEED) {
      expect(rateOn(entry.schedule, "2017-07-01")).not.toBeNull()
      expect(entry.schedule.some((rate) => rate.effective_from === "2025-09-22")).toBe(true)
    }
  })

  it("only uses rates that were slabs on the day they took effect", () => {
    for (const entry of HSN_SEED) {
      for (const rate of entry.schedule) {
        expect({ code: entry.code, rate: rate.rate, slab: isSlabRate(rate.rate, rate.effective_from) }).toEqual({
          code: entry.code,
          rate: rate.rate,
          slab: true,
        })
      }
    }
  })

  it("names a source for every rate", () => {
    for (const entry of HSN_SEED) {
      for (const rate of entry.schedule) expect(rate.source).toBeTruthy()
    }
  })

  it.each<[string, string, string]>([
    ["1704", "2025-09-21", "18"],
    ["1704", "2025-09-22", "5"],
    ["2106 90", "2020-01-01", "5"],
    ["21069099", "2025-09-21", "12"],
    ["21069099", "2025-09-22", "5"],
    ["0801", "2025-09-21", "5"],
    ["0802", "2025-09-21", "12"],
    ["0802", "2025-09-22", "5"],
    ["0806 20", "2025-01-01", "5"],
    ["0813", "2025-09-22", "5"],
    ["30049014", "2017-10-12", "12"],
    ["30049014", "2017-10-13", "5"],
    ["3003", "2025-09-22", "5"],
    ["481920", "2024-07-14", "18"],
    ["481920", "2024-07-15", "12"],
    ["481920", "2025-09-22", "5"],
    ["9965", "2025-09-22", "5"],
    ["996812", "2025-09-22", "18"],
    ["998599", "2025-09-22", "18"],
  ])("charges %p on %p at %p%%", (code, date, rate) => {
    const entry = findHsn(code)
    expect(entry).not.toBeNull()
    expect(rateOn(entry?.schedule ?? [], date)?.rate).toBe(rate)
  })

  it("finds nothing for a code outside the seed", () => {
    expect(findHsn("0000")).toBeNull()
  })
})
