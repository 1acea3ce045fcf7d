import { SettlementEntryRef, SupplierDocument, supplyValuesFromDocuments } from "./settlement-supply-values"

const GSTIN = "27AAFFM5678B1Z4"

const sale = (line: string, quantity = 4): SettlementEntryRef => ({
  key: `sale:${line}`,
  kind: "sale",
  order_id: "order_1",
  line_item_id: line,
  quantity,
  description: `${quantity} × ${line}`,
})
const returned = (line: string, quantity: number): SettlementEntryRef => ({
  key: `return:${line}`,
  kind: "return",
  order_id: "order_1",
  line_item_id: line,
  quantity,
  description: `Return of ${quantity} × ${line}`,
})

const invoice: SupplierDocument = {
  number: "INV/2627/000001",
  document_type: "invoice",
  status: "issued",
  order_id: "order_1",
  lines: [
    { line_item_id: "ordli_bhujia", quantity: "4", total: "320.00", taxable_value: "304.76" },
    { line_item_id: null, quantity: "1", total: "50.00", taxable_value: "47.62" },
  ],
}
const note = (number: string, quantity: string, total: string, taxable: string): SupplierDocument => ({
  number,
  document_type: "credit_note",
  status: "issued",
  order_id: "order_1",
  lines: [{ line_item_id: "ordli_bhujia", quantity, total, taxable_value: taxable }],
})

describe("supplyValuesFromDocuments", () => {
  it("values a sale at its line on the supplier's invoice, to the paisa", () => {
    expect(supplyValuesFromDocuments(GSTIN, [sale("ordli_bhujia")], [invoice])).toEqual({
      "sale:ordli_bhujia": { gross: "320.00", taxable: "304.76" },
    })
  })

  it("values a return at the sum of its credit notes for that line", () => {
    const values = supplyValuesFromDocuments(
      GSTIN,
      [sale("ordli_bhujia"), returned("ordli_bhujia", 3)],
      [invoice, note("CN/2627/000001", "1", "80.00", "76.19"), note("CN/2627/000002", "2", "160.00", "152.38")]
    )
    expect(values["return:ordli_bhujia"]).toEqual({ gross: "240.00", taxable: "228.57" })
  })

  it("ignores cancelled documents and those of other types", () => {
    const cancelled = { ...invoice, status: "cancelled" }
    const commission = { ...invoice, document_type: "commission_invoice" }
    expect(() => supplyValuesFromDocuments(GSTIN, [sale("ordli_bhujia")], [cancelled, commission])).toThrow(
      "4 × ordli_bhujia has no line on a tax invoice of GSTIN 27AAFFM5678B1Z4; issue the invoice before closing the settlement"
    )
  })

  it("refuses a return its credit notes do not yet cover, naming what they cover", () => {
    expect(() =>
      supplyValuesFromDocuments(GSTIN, [returned("ordli_bhujia", 2)], [invoice, note("CN/2627/000001", "1", "80.00", "76.19")])
    ).toThrow("Return of 2 × ordli_bhujia: the credit notes of GSTIN 27AAFFM5678B1Z4 cover 1 of the 2 units returned")
    expect(() => supplyValuesFromDocuments(GSTIN, [returned("ordli_bhujia", 1)], [invoice])).toThrow("cover 0 of the 1 units returned")
  })

  it("takes amounts given as numbers (Medusa's BigNumber fields serialise so)", () => {
    const numeric: SupplierDocument = { ...invoice, lines: [{ line_item_id: "ordli_bhujia", quantity: 4, total: 320, taxable_value: 304.76 }] }
    expect(supplyValuesFromDocuments(GSTIN, [sale("ordli_bhujia")], [numeric])["sale:ordli_bhujia"]).toEqual({ gross: "320.00", taxable: "304.76" })
  })
})
