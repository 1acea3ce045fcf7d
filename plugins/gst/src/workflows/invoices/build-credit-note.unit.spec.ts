import { buildCreditNote, CreditableInvoice, creditedSoFar } from "./build-credit-note"

const invoice: CreditableInvoice = {
  id: "gstdoc_1",
  number: "INV/2526/000001",
  issue_date: "2025-06-15",
  order_id: "order_1",
  customer_id: "cus_1",
  supplier_gstin: "24AAACH1234F1Z5",
  supplier_legal_name: "Haat Foods",
  supplier_state_code: "24",
  supplier_address: {},
  buyer_gstin: null,
  buyer_name: "Priya Shah",
  buyer_address: null,
  place_of_supply: "24",
  supply_type: "b2cs",
  export_type: null,
  currency_code: "inr",
  lines: [
    {
      id: "line_1",
      line_item_id: "item_1",
      line_type: "item",
      product_id: null,
      variant_id: null,
      description: "Kaju Katli 500 g",
      hsn_code: "21069099",
      uqc: "KGS",
      quantity: "3",
      reported_uqc: "KGS",
      reported_quantity: "1.500",
      net_quantity: "500 g",
      unit_price: "640.00",
      rate: "5",
      cess_rate: "0",
      taxable_value: "1828.57",
      igst: "0.00",
      cgst: "45.71",
      sgst: "45.71",
      utgst: "0.00",
      cess: "0.00",
      total: "1919.99",
    },
  ],
}

const credit = (requests: { line_id: string; quantity?: number; amount?: string }[], credited = {}) =>
  buildCreditNote({ invoice, credited, requests, reason: "returned", prefix: "CN" })

describe("buildCreditNote", () => {
  it("credits one unit of three in proportion, and the last units take exactly what is left", () => {
    const first = credit([{ line_id: "line_1", quantity: 1 }])
    expect(first).toMatchObject({ total: "640.00", cgst: "15.24", sgst: "15.24", taxable_value: "609.52" })
    const soFar = creditedSoFar(
      invoice.lines,
      first.lines.map((l) => ({ ...l, line_item_id: l.line_item_id ?? null, quantity: String(l.quantity), reported_quantity: String(l.reported_quantity) }))
    )
    const rest = credit([{ line_id: "line_1", quantity: 2 }], soFar)
    expect(rest).toMatchObject({ total: "1279.99", cgst: "30.47", sgst: "30.47", taxable_value: "1219.05" })
  })

  it("credits returned packs in the line's UQC: 1 of 3 × 500 g is 0.500 KGS, the other 2 the remaining 1.000 KGS", () => {
    const first = credit([{ line_id: "line_1", quantity: 1 }])
    expect(first.lines[0]).toMatchObject({ quantity: "1", reported_uqc: "KGS", reported_quantity: "0.500", net_quantity: "500 g" })
    const soFar = creditedSoFar(
      invoice.lines,
      first.lines.map((l) => ({ ...l, line_item_id: l.line_item_id ?? null, quantity: String(l.quantity), reported_quantity: String(l.reported_quantity) }))
    )
    expect(soFar.line_1.reported_quantity).toBe("0.500")
    expect(credit([{ line_id: "line_1", quantity: 2 }], soFar).lines[0]).toMatchObject({ quantity: "2", reported_quantity: "1.000" })
  })

  it("reports no quantity on a price reduction, which returns no goods", () => {
    expect(credit([{ line_id: "line_1", amount: "100" }]).lines[0]).toMatchObject({ quantity: "0", reported_uqc: "KGS", reported_quantity: "0.000" })
  })

  it("cites the invoice it adjusts (CGST Rules r.53(1A))", () => {
    expect(credit([{ line_id: "line_1", amount: "100" }])).toMatchObject({
      document_type: "credit_note",
      original_document_id: "gstdoc_1",
      original_number: "INV/2526/000001",
      original_issue_date: "2025-06-15",
    })
  })

  it.each([
    [{ line_id: "line_1", amount: "1920.00" }, /1919.99 left to credit/],
    [{ line_id: "line_1", amount: "0" }, /more than zero/],
    [{ line_id: "line_1", quantity: 4 }, /Only 3 of 3/],
    [{ line_id: "line_9", amount: "1" }, /not on invoice/],
    [{ line_id: "line_1" }, /quantity or an amount/],
  ])("refuses %j", (request, message) => {
    expect(() => credit([request])).toThrow(message)
  })

  it("refuses the same line twice in one credit note", () => {
    expect(() => credit([{ line_id: "line_1", amount: "1" }, { line_id: "line_1", amount: "1" }])).toThrow(/listed twice/)
  })
})
