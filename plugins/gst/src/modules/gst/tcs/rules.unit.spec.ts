import { gstr8Csv, gstr8Json, Gstr8Row, tcsGroupSourceId, TcsCollectionInput, tcsLedgerRows } from "./rules"

const collection = (groups: TcsCollectionInput["groups"]): TcsCollectionInput => ({
  source_type: "marketplace_settlement",
  source_id: "stl_1",
  gstin: "24AAHCH4821K1ZK",
  counterparty_gstin: "27AAFFM5678B1Z2",
  period: "2024-07",
  entry_date: "2024-08-01",
  groups,
})

describe("tcsLedgerRows", () => {
  it("posts an intra-State group as CGST and SGST halves and an inter-State one as IGST, each with its base", () => {
    const rows = tcsLedgerRows(
      collection([
        // 1% before 10 Jul 2024: (200.00 − 50.00) × 0.5% = 0.75 each half
        { rate: "1", intra_state: true, buyer_registered: false, supplies: "200.00", returns: "50.00", net: "150.00", cgst: "0.75", sgst: "0.75", igst: "0.00" },
        // 0.5% from 10 Jul 2024: 300.01 × 0.5% = 1.50005 → 1.50
        { rate: "0.5", intra_state: false, buyer_registered: true, supplies: "300.01", returns: "0.00", net: "300.01", cgst: "0.00", sgst: "0.00", igst: "1.50" },
      ])
    )
    expect(rows.map((r) => [r.source_id, r.tax_head, r.rate, r.taxable_value, r.supplies_value, r.returns_value, r.buyer_registered, r.amount])).toEqual([
      ["stl_1:1%:U", "CGST", "0.5", "150.00", "200.00", "50.00", false, "0.75"],
      ["stl_1:1%:U", "SGST", "0.5", "150.00", "200.00", "50.00", false, "0.75"],
      ["stl_1:0.5%:R", "IGST", "0.5", "300.01", "300.01", "0.00", true, "1.50"],
    ])
    expect(rows.every((r) => r.entry_type === "tcs" && r.counterparty_gstin === "27AAFFM5678B1Z2" && r.period === "2024-07")).toBe(true)
  })

  it.each([
    [{ cgst: "0.76" }, /CGST 0.76 is not 0.75/],
    [{ igst: "0.01" }, /IGST 0.01 is not 0.00/],
    [{ net: "200.00" }, /net value 200.00 is not supplies 200.00 less returns 50.00 \(150.00\)/],
    [{ returns: "-1.00", net: "201.00" }, /not negative/],
  ])("refuses figures the rate does not give: %o", (change, message) => {
    const group = { rate: "1", intra_state: true, buyer_registered: false, supplies: "200.00", returns: "50.00", net: "150.00", cgst: "0.75", sgst: "0.75", igst: "0.00", ...change }
    expect(() => tcsLedgerRows(collection([group]))).toThrow(message)
  })

  it("takes no TCS when returns exceed supplies (s.52(1) taxes the net value)", () => {
    const rows = tcsLedgerRows(
      collection([{ rate: "0.5", intra_state: false, buyer_registered: false, supplies: "10.00", returns: "40.00", net: "0.00", cgst: "0.00", sgst: "0.00", igst: "0.00" }])
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ taxable_value: "0.00", amount: "0.00", supplies_value: "10.00", returns_value: "40.00" })
  })

  it("names each group's source apart so a settlement posts once per rate and buyer kind", () => {
    expect(tcsGroupSourceId("stl_9", { rate: "0.5", buyer_registered: true })).toBe("stl_9:0.5%:R")
    expect(tcsGroupSourceId("stl_9", { rate: "1", buyer_registered: false })).toBe("stl_9:1%:U")
  })
})

describe("GSTR-8 files", () => {
  const rows: Gstr8Row[] = [
    { section: "tcs", original_period: null, stin: "24AAACS1234A1Z1", sup_r: "0.00", retsup_r: "0.00", sup_u: "1234.50", retsup_u: "100.00", amt: "1134.50", iamt: "0.00", camt: "4.25", samt: "4.25" },
    { section: "tcsa", original_period: "2024-06", stin: "27AAFFM5678B1Z2", sup_r: "10.00", retsup_r: "0.00", sup_u: "0.00", retsup_u: "0.00", amt: "10.00", iamt: "0.10", camt: "0.00", samt: "0.00" },
  ]

  it("writes the offline tool's JSON with the amounts as exact decimals", () => {
    const json = gstr8Json("24AAHCH4821K1ZK", "2024-07", rows)
    expect(json).toContain(`"supU":1234.50,"retsupU":100.00,"amt":1134.50`)
    expect(JSON.parse(json)).toEqual({
      gstin: "24AAHCH4821K1ZK",
      fp: "072024",
      tcs: [{ stin: "24AAACS1234A1Z1", supR: 0, retsupR: 0, supU: 1234.5, retsupU: 100, amt: 1134.5, iamt: 0, camt: 4.25, samt: 4.25 }],
      tcsa: [{ ofp: "062024", ostin: "27AAFFM5678B1Z2", stin: "27AAFFM5678B1Z2", supR: 10, retsupR: 0, supU: 0, retsupU: 0, amt: 10, iamt: 0.1, camt: 0, samt: 0 }],
    })
  })

  it("writes one CSV row per supplier and amendment", () => {
    const csv = gstr8Csv(rows).split("\n")
    expect(csv[0]).toMatch(/^Section,Original period,GSTIN of supplier,/)
    expect(csv[1]).toBe("tcs,,24AAACS1234A1Z1,0.00,0.00,1234.50,100.00,1134.50,0.00,4.25,4.25")
    expect(csv[2]).toBe("tcsa,062024,27AAFFM5678B1Z2,10.00,0.00,0.00,0.00,10.00,0.10,0.00,0.00")
  })
})
