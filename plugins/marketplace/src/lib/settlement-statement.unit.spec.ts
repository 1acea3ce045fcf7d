import { statementCsv, StatementSettlement, statementSummary, toCsv } from "./settlement-statement"

const settlement: StatementSettlement = {
  id: "stl_1",
  distributor: { legal_name: "Shah Sweets Private Limited", trade_name: "Shah Sweets", gstin: "24AAACS1234A1Z1", pan: "AAACS1234A", state_code: "24" },
  period_start: "2025-01-31T18:30:00.000Z",
  period_end: "2025-02-28T18:30:00.000Z",
  status: "closed",
  gross_amount: "1578.84",
  returns_amount: "640.00",
  commission_amount: "100.00",
  gst_on_commission: "18.00",
  tcs_amount: "4.40",
  tds_amount: "0.88",
  net_payable: "815.56",
  metadata: { tcs: { base: "880.00", cgst: "2.20", sgst: "2.20", igst: "0.00" }, tds: { base: "880.00" } },
  lines: [{ type: "sale", description: '2 × KAJU, "500 g"', gross_amount: "1328.00", commission_amount: "160.00", net_amount: "1168.00" }],
  payouts: [{ reference: "=HYPERLINK(1)", amount: "815.56", paid_at: "2025-03-05T00:00:00.000Z", method: "neft" }],
}

describe("settlement statement", () => {
  it("lists each deduction on its own line, GST on commission apart from commission, ending in net payable", () => {
    expect(statementSummary(settlement).map(([label, amount]) => [label.split(" (")[0], amount])).toEqual([
      ["Gross sales", "1578.84"],
      ["Less: returns", "640.00"],
      ["Less: commission", "100.00"],
      ["Less: GST on commission @ 18%", "18.00"],
      ["Less: TCS u/s 52 CGST Act", "4.40"],
      ["Less: TDS u/s 194-O Income-tax Act", "0.88"],
      ["Net payable", "815.56"],
    ])
  })

  it("writes a CSV that quotes commas and quotes, and defuses spreadsheet formulas", () => {
    const csv = statementCsv(settlement)
    expect(csv).toContain("Net payable,815.56\n")
    expect(csv).toContain('sale,"2 × KAJU, ""500 g""",1328.00,160.00,1168.00')
    expect(csv).toContain("'=HYPERLINK(1),815.56,2025-03-05,neft")
    expect(csv).toContain("Period,2025-02-01 to 2025-03-01 (end exclusive)")
  })

  it("keeps negative amounts as numbers", () => {
    expect(toCsv([["Net payable", "-40.00"]])).toBe("Net payable,-40.00\n")
  })
})
