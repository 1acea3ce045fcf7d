import { calculateSettlement, periodProblem, previousIstMonth, proportionOf, SettlementEntry, tcsRateOn, tdsRateOn } from "./settlement"

const sale = (over: Partial<SettlementEntry>): SettlementEntry => ({
  kind: "sale",
  distributor_order_id: "do",
  distributor_order_line_id: "dol",
  description: "",
  supplied_at: "2025-03-10",
  intra_state: true,
  buyer_registered: false,
  gross: 0n,
  taxable: 0n,
  commission: 0n,
  ...over,
})

describe("TCS and TDS rates by the date of supply", () => {
  it.each([
    ["2024-07-09", "1"],
    ["2024-07-10", "0.5"],
    // 9 Jul 2024 23:59 IST is still 9 July in India though it is 18:29 UTC.
    [new Date("2024-07-09T18:29:59Z"), "1"],
    [new Date("2024-07-09T18:30:00Z"), "0.5"],
    ["2018-10-01", "1"],
    ["2026-01-01", "0.5"],
  ])("CGST s.52 TCS on %s is %s%%", (date, rate) => {
    expect(tcsRateOn(date)).toBe(rate)
  })

  it.each([
    ["2024-09-30", "1"],
    ["2024-10-01", "0.1"],
    [new Date("2024-09-30T18:29:59Z"), "1"],
    [new Date("2024-09-30T18:30:00Z"), "0.1"],
    ["2025-04-01", "0.1"],
  ])("s.194-O TDS on %s is %s%%", (date, rate) => {
    expect(tdsRateOn(date)).toBe(rate)
  })
})

describe("calculateSettlement", () => {
  it.each([
    {
      name: "intra-state sales after both cuts: CGST + SGST halves of 0.5%, TDS 0.1%",
      entries: [sale({ gross: 128000n, taxable: 121905n, commission: 12800n })],
      // commission 128.00, GST 18% = 23.04; TCS base 1219.05 → 0.25% = 3.047625 → 3.05 each; TDS 0.1% = 1.21905 → 1.22
      expected: { gross: 128000n, returns: 0n, commission: 12800n, gst: 2304n, cgst: 305n, sgst: 305n, igst: 0n, tds: 122n, net: 128000n - 12800n - 2304n - 610n - 122n },
    },
    {
      name: "inter-state sale: IGST 0.5%",
      entries: [sale({ intra_state: false, gross: 32000n, taxable: 30476n, commission: 2400n })],
      // TCS 0.5% of 304.76 = 1.5238 → 1.52; TDS 0.1% = 0.30476 → 0.30; GST on 24.00 = 4.32
      expected: { gross: 32000n, returns: 0n, commission: 2400n, gst: 432n, cgst: 0n, sgst: 0n, igst: 152n, tds: 30n, net: 32000n - 2400n - 432n - 152n - 30n },
    },
    {
      name: "supplies on 9 Jul 2024 pay 1% TCS and 1% TDS, on 10 Jul 0.5% TCS and still 1% TDS",
      entries: [
        sale({ supplied_at: "2024-07-09", intra_state: false, gross: 11800n, taxable: 10000n, commission: 1000n }),
        sale({ supplied_at: "2024-07-10", intra_state: false, gross: 11800n, taxable: 10000n, commission: 1000n }),
      ],
      // IGST 1% of 100 = 1.00 + 0.5% of 100 = 0.50; TDS 1% of 200 = 2.00; GST 18% of 20 = 3.60
      expected: { gross: 23600n, returns: 0n, commission: 2000n, gst: 360n, cgst: 0n, sgst: 0n, igst: 150n, tds: 200n, net: 23600n - 2000n - 360n - 150n - 200n },
    },
    {
      name: "a return reduces gross, commission and both tax bases",
      entries: [
        sale({ gross: 100000n, taxable: 84746n, commission: 10000n }),
        { ...sale({ gross: 50000n, taxable: 42373n, commission: 5000n }), kind: "return" as const },
      ],
      // net taxable 423.73: CGST/SGST 0.25% = 1.059325 → 1.06 each; TDS 0.1% = 0.42373 → 0.42; commission 50 → GST 9.00
      expected: { gross: 100000n, returns: 50000n, commission: 5000n, gst: 900n, cgst: 106n, sgst: 106n, igst: 0n, tds: 42n, net: 100000n - 50000n - 5000n - 900n - 212n - 42n },
    },
    {
      name: "rounds once on the period's total, not per line",
      entries: [1, 2, 3].map((i) => sale({ distributor_order_line_id: `l${i}`, intra_state: false, gross: 10n, taxable: 10n, commission: 1n })),
      // 3 × 10 paise at 0.5% = 0.15 paise → 0; GST on 3 paise = 0.54 → 1 paisa
      expected: { gross: 30n, returns: 0n, commission: 3n, gst: 1n, cgst: 0n, sgst: 0n, igst: 0n, tds: 0n, net: 30n - 3n - 1n },
    },
    {
      name: "returns of an earlier period larger than this one's sales collect no TCS or TDS",
      entries: [
        sale({ gross: 1000n, taxable: 1000n, commission: 100n }),
        { ...sale({ gross: 5000n, taxable: 5000n, commission: 500n }), kind: "return" as const },
      ],
      expected: { gross: 1000n, returns: 5000n, commission: 0n, gst: 0n, cgst: 0n, sgst: 0n, igst: 0n, tds: 0n, net: -4000n },
    },
    {
      name: "nothing sold: everything zero",
      entries: [],
      expected: { gross: 0n, returns: 0n, commission: 0n, gst: 0n, cgst: 0n, sgst: 0n, igst: 0n, tds: 0n, net: 0n },
    },
  ])("$name", ({ entries, expected }) => {
    const result = calculateSettlement(entries)
    expect({
      gross: result.gross,
      returns: result.returns,
      commission: result.commission,
      gst: result.gst_on_commission,
      cgst: result.tcs.cgst,
      sgst: result.tcs.sgst,
      igst: result.tcs.igst,
      tds: result.tds.total,
      net: result.net_payable,
    }).toEqual(expected)
    expect(result.net_payable).toBe(
      result.gross - result.returns - result.commission - result.gst_on_commission - result.tcs.total - result.tds.total
    )
  })
})

describe("TCS groups (the figures the GST ledger and GSTR-8 take)", () => {
  it("splits intra-State supplies of 9 and 10 Jul 2024 into a 1% and a 0.5% group, each with its supplies and returns", () => {
    const { tcs } = calculateSettlement([
      sale({ supplied_at: new Date("2024-07-09T12:00:00Z"), gross: 23600n, taxable: 20000n }),
      { ...sale({ supplied_at: new Date("2024-07-09T12:00:00Z"), gross: 5900n, taxable: 5000n }), kind: "return" as const },
      sale({ supplied_at: new Date("2024-07-10T12:00:00Z"), gross: 35400n, taxable: 30001n }),
      sale({ supplied_at: "2024-07-10", intra_state: false, buyer_registered: true, gross: 11800n, taxable: 10000n }),
    ])
    const group = (rate: string, intra: boolean) => tcs.by_rate.find((g) => g.rate === rate && g.intra_state === intra)
    // 1%: (200.00 − 50.00) × 0.5% = 0.75 CGST and 0.75 SGST.
    expect(group("1", true)).toEqual({ rate: "1", intra_state: true, buyer_registered: false, supplies: 20000n, returns: 5000n, base: 15000n, cgst: 75n, sgst: 75n, igst: 0n })
    // 0.5%: 300.01 × 0.25% = 0.750025 → 0.75 each.
    expect(group("0.5", true)).toEqual({ rate: "0.5", intra_state: true, buyer_registered: false, supplies: 30001n, returns: 0n, base: 30001n, cgst: 75n, sgst: 75n, igst: 0n })
    // Inter-State to a registered buyer: IGST 0.5% of 100.00.
    expect(group("0.5", false)).toEqual({ rate: "0.5", intra_state: false, buyer_registered: true, supplies: 10000n, returns: 0n, base: 10000n, cgst: 0n, sgst: 0n, igst: 50n })
    expect(tcs.by_rate).toHaveLength(3)
    expect(tcs.total).toBe(75n * 4n + 50n)
  })
})

describe("proportionOf", () => {
  it.each([
    [128000, 1, 2, 64000],
    [100, 1, 3, 33],
    [200, 1, 3, 67],
    [6095, 1, 2, 3048],
    [500, 0, 2, 0],
  ])("%s paise × %s/%s = %s", (amount, returned, quantity, expected) => {
    expect(proportionOf(BigInt(amount), returned, quantity)).toBe(BigInt(expected))
  })
})

describe("previousIstMonth", () => {
  it("is the Indian calendar month before, from IST midnight to IST midnight", () => {
    const { period_start, period_end } = previousIstMonth(new Date("2025-03-01T00:30:00Z"))
    expect(period_start.toISOString()).toBe("2025-01-31T18:30:00.000Z")
    expect(period_end.toISOString()).toBe("2025-02-28T18:30:00.000Z")
    const january = previousIstMonth(new Date("2025-01-15T00:00:00Z"))
    expect(january.period_start.toISOString()).toBe("2024-11-30T18:30:00.000Z")
  })
})

describe("periodProblem", () => {
  const now = new Date("2025-03-01T00:00:00Z")
  it.each([
    ["2025-02-01", "2025-03-01", null],
    ["2025-03-01", "2025-02-01", "period_start must be before period_end"],
    ["2025-02-01", "2025-02-01", "period_start must be before period_end"],
    ["2025-02-01", "2025-04-01", "still to come"],
    ["nonsense", "2025-02-01", "must be dates"],
  ])("%s to %s: %s", (start, end, problem) => {
    const result = periodProblem(new Date(start), new Date(end), now)
    if (problem === null) expect(result).toBeNull()
    else expect(result).toContain(problem)
  })
})
