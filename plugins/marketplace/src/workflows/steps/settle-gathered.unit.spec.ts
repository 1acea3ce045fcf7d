import { GatheredEntries, GatheredEntry, settleGathered } from "./gather-settlement-entries"

const entry = (kind: "sale" | "return", gross: string, taxable: string, commission: string): GatheredEntry => ({
  key: `${kind}:distordl_1`,
  kind,
  order_id: "order_1",
  line_item_id: "ordli_1",
  distributor_order_id: "distord_1",
  distributor_order_line_id: "distordl_1",
  quantity: kind === "sale" ? 2 : 1,
  description: "Kaju katli",
  supplied_at: "2024-08-05T06:30:00.000Z",
  intra_state: true,
  buyer_registered: false,
  gross,
  taxable,
  commission,
})

const gathered = (entries: GatheredEntry[]): GatheredEntries => ({
  distributor_id: "dist_1",
  gstin: "24AAACS1234A1Z8",
  period_start: new Date("2024-07-31T18:30:00.000Z"),
  period_end: new Date("2024-08-31T18:30:00.000Z"),
  currency_code: "inr",
  existing_id: null,
  entries,
})

describe("settleGathered", () => {
  // A sale of ₹1,500 with ₹48.84 of delivery share (the marketplace's own figures), then one of two units back.
  const entries = [entry("sale", "1548.84", "1475.09", "187.50"), entry("return", "750.00", "714.29", "93.75")]

  it("settles on the marketplace's figures when no hook gives others", () => {
    const { settlement } = settleGathered(gathered(entries), undefined)
    expect(settlement!.gross_amount).toBe("1548.84")
    expect(settlement!.returns_amount).toBe("750.00")
    // TCS 0.5% from 10 Jul 2024, halves on the net value before GST: 1475.09 − 714.29 = 760.80 → 1.90 each.
    expect(settlement!.metadata).toMatchObject({ tcs: { base: "760.80", cgst: "1.90", sgst: "1.90" } })
  })

  it("settles on the values the supplyValues hook gives, the rest unchanged", () => {
    const { settlement, lines } = settleGathered(gathered(entries), {
      "sale:distordl_1": { gross: "1500.00", taxable: "1428.56" },
      "return:distordl_1": { gross: "750.00", taxable: "714.28" },
    })
    expect(settlement!.gross_amount).toBe("1500.00")
    expect(settlement!.commission_amount).toBe("93.75")
    expect(settlement!.metadata).toMatchObject({ tcs: { base: "714.28", cgst: "1.79", sgst: "1.79" } })
    expect(lines.map((l) => [l.type, l.gross_amount, l.net_amount])).toEqual([
      ["sale", "1500.00", "1312.50"],
      ["return", "750.00", "-656.25"],
    ])
  })

  it("fails on a value that is not rupees to the paisa, so a bad hook fails the close", () => {
    expect(() => settleGathered(gathered(entries), { "sale:distordl_1": { gross: "1500.001", taxable: "1428.56" } })).toThrow(
      'supplyValues gave gross "1500.001" for sale:distordl_1; expected rupees such as 612.50'
    )
  })

  it("writes nothing again for a period already closed", () => {
    expect(settleGathered({ ...gathered(entries), existing_id: "stl_1" }, undefined)).toMatchObject({ existing_id: "stl_1", settlement: null, lines: [] })
  })
})
