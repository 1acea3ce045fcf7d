import { b2clThresholdOn, buildTaxInvoice, InvoiceOrder, InvoiceOrderLine, splitOrderBySupplier } from "./build-tax-invoice"
import { computeGstinCheckChar } from "../../lib"

const supplier = {
  gstin: `24AAACH1234F1Z${computeGstinCheckChar("24AAACH1234F1Z")}`,
  legal_name: "Haat Foods Private Limited",
  state_code: "24",
  address_line_1: "Plot 14, GIDC Estate",
  city: "Ahmedabad",
  postal_code: "382330",
}

function line(overrides: Partial<InvoiceOrderLine> = {}): InvoiceOrderLine {
  return {
    line_item_id: "item_1",
    line_type: "item",
    description: "Kaju Katli 500 g",
    hsn_code: "21069099",
    uqc: "KGS",
    quantity: 2,
    unit_price: "640.00",
    amount: "1280.00",
    is_tax_inclusive: true,
    rate: "5",
    cess_rate: "0",
    taxed: true,
    ...overrides,
  }
}

function order(province: string, overrides: Partial<InvoiceOrder> = {}): InvoiceOrder {
  return {
    id: "order_1",
    currency_code: "inr",
    total: "1280.00",
    shipping_address: { first_name: "Priya", last_name: "Shah", province, country_code: "in" },
    lines: [line()],
    ...overrides,
  }
}

const build = (o: InvoiceOrder, day = "2025-06-15") =>
  buildTaxInvoice({ order: o, supplier, prefix: "INV", issue_date: day })

describe("buildTaxInvoice", () => {
  it.each<[string, Partial<InvoiceOrderLine>, { uqc: string; quantity: number; reported_uqc: string; reported_quantity: string; net_quantity: string | null }]>([
    ["2 × 500 g declared, under KGS", { net_quantity: "500 g" }, { uqc: "KGS", quantity: 2, reported_uqc: "KGS", reported_quantity: "1.000", net_quantity: "500 g" }],
    ["2 × a 250 g variant weight, under KGS", { weight: 250 }, { uqc: "KGS", quantity: 2, reported_uqc: "KGS", reported_quantity: "0.500", net_quantity: "250 g" }],
    ["2 packs of unknown weight, under KGS", {}, { uqc: "KGS", quantity: 2, reported_uqc: "PAC", reported_quantity: "2.000", net_quantity: null }],
    ["2 bottles", { hsn_code: "30049014", uqc: "BTL", net_quantity: "30 ml" }, { uqc: "BTL", quantity: 2, reported_uqc: "BTL", reported_quantity: "2.000", net_quantity: null }],
  ])("puts the quantity in the UQC on the line (r.46(i)): %s", (_name, overrides, expected) => {
    const [built] = build(order("in-gj", { lines: [line(overrides)] })).lines
    expect(built).toMatchObject(expected)
  })

  it.each([
    ["in-gj", "24", { cgst: "30.48", sgst: "30.48", igst: "0.00", utgst: "0.00", taxable_value: "1219.04" }],
    ["Maharashtra", "27", { cgst: "0.00", sgst: "0.00", igst: "60.95", utgst: "0.00", taxable_value: "1219.05" }],
    ["IN-CH", "04", { cgst: "0.00", sgst: "0.00", igst: "60.95", utgst: "0.00", taxable_value: "1219.05" }],
  ])("taxes a delivery to %s (place of supply %s) by the right heads", (province, code, heads) => {
    const invoice = build(order(province))
    expect(invoice.place_of_supply).toBe(code)
    expect(invoice).toMatchObject({ ...heads, total: "1280.00", round_off: "0.00" })
  })

  it("levies UTGST instead of SGST when the supplier is in a Union territory without legislature", () => {
    const chandigarh = { ...supplier, gstin: `04AAACH1234F1Z${computeGstinCheckChar("04AAACH1234F1Z")}`, state_code: "04" }
    const invoice = buildTaxInvoice({ order: order("Chandigarh"), supplier: chandigarh, prefix: "INV", issue_date: "2025-06-15" })
    expect(invoice).toMatchObject({ cgst: "30.48", utgst: "30.48", sgst: "0.00" })
  })

  it("taxes a tax-exclusive line on top of its value", () => {
    const invoice = build(order("in-gj", { total: "1344.00", lines: [line({ is_tax_inclusive: false })] }))
    expect(invoice).toMatchObject({ taxable_value: "1280.00", cgst: "32.00", sgst: "32.00", total: "1344.00", round_off: "0.00" })
  })

  it("shows a paisa between the lines and the charge as round-off", () => {
    const invoice = build(order("in-gj", { total: "1344.01", lines: [line({ is_tax_inclusive: false })] }))
    expect(invoice).toMatchObject({ round_off: "0.01", total: "1344.01" })
  })

  it.each([
    // [day, inter-State total, expected section]
    ["2024-07-31", "200000.00", "b2cs"],
    ["2024-07-31", "250000.01", "b2cl"],
    ["2024-08-01", "100000.00", "b2cs"],
    ["2024-08-01", "100000.01", "b2cl"],
  ])("on %s an unregistered inter-State invoice of %s is %s", (day, total, section) => {
    const big = order("Maharashtra", { total, lines: [line({ amount: total })] })
    expect(build(big, day).supply_type).toBe(section)
  })

  it("keeps an intra-State invoice B2CS whatever its value", () => {
    const big = order("in-gj", { total: "500000.00", lines: [line({ amount: "500000.00" })] })
    expect(build(big).supply_type).toBe("b2cs")
  })

  it("is B2B when the buyer gave a valid GSTIN, and B2C when the GSTIN is malformed", () => {
    const gstin = `27AABCM5678K1Z${computeGstinCheckChar("27AABCM5678K1Z")}`
    expect(build(order("Maharashtra", { buyer_gstin: gstin }))).toMatchObject({ supply_type: "b2b", buyer_gstin: gstin })
    expect(build(order("Maharashtra", { buyer_gstin: "27AABCM5678K1Z0" }))).toMatchObject({ supply_type: "b2cs", buyer_gstin: null })
  })

  it("invoices an export without tax under LUT with place of supply 96", () => {
    const exported = order("", {
      currency_code: "usd",
      total: "16.00",
      shipping_address: { first_name: "Ann", country_code: "us", province: "NY" },
      lines: [line({ amount: "16.00", is_tax_inclusive: false, taxed: false })],
    })
    expect(build(exported)).toMatchObject({ supply_type: "exp", place_of_supply: "96", export_type: "WOPAY", igst: "0.00", total: "16.00" })
  })

  it("refuses an Indian address without a state", () => {
    expect(() => build(order(""))).toThrow(/no Indian state/)
  })

  it("dates the B2CL threshold by Notification 12/2024-CT", () => {
    expect(b2clThresholdOn("2024-07-31")).toBe("250000.00")
    expect(b2clThresholdOn("2024-08-01")).toBe("100000.00")
  })
})

describe("splitOrderBySupplier", () => {
  const seller = {
    gstin: `27AAFFM5678B1Z${computeGstinCheckChar("27AAFFM5678B1Z")}`,
    legal_name: "Mumbai Namkeen LLP",
    state_code: "27",
    address_line_1: "Unit 12, Andheri Industrial Estate",
    city: "Mumbai",
    postal_code: "400053",
  }
  const mixed = () =>
    order("in-gj", {
      total: "1660.00",
      lines: [
        line({ line_item_id: "item_own", charged: "1280.00" }),
        line({ line_item_id: "item_seller", description: "Bikaneri Bhujia", amount: "320.00", unit_price: "80.00", quantity: 4, charged: "320.00" }),
        line({ line_item_id: "sm_1", line_type: "shipping", hsn_code: "996812", amount: "60.00", unit_price: "60.00", quantity: 1, charged: undefined }),
      ],
    })

  it("gives each supplier its own lines, the store its own and the delivery, and splits the charge between them", () => {
    const groups = splitOrderBySupplier(mixed(), supplier, { item_seller: seller })
    expect(groups.map((g) => [g.supplier.gstin, g.order.lines.map((l) => l.line_item_id), g.order.total])).toEqual([
      [supplier.gstin, ["item_own", "sm_1"], "1340.00"],
      [seller.gstin, ["item_seller"], "320.00"],
    ])
  })

  it("makes invoices whose heads follow each supplier's State and whose totals add up to the order", () => {
    const [own, other] = splitOrderBySupplier(mixed(), supplier, { item_seller: seller }).map((g) =>
      buildTaxInvoice({ order: g.order, supplier: g.supplier, prefix: "INV", issue_date: "2026-11-22" })
    )
    expect(own).toMatchObject({ supplier_gstin: supplier.gstin, cgst: "31.91", sgst: "31.91", igst: "0.00", total: "1340.00", round_off: "0.00" })
    // ₹320 with 5% inside, from Maharashtra to Gujarat: IGST 15.24 (320 × 5/105 = 15.238).
    expect(other).toMatchObject({
      supplier_gstin: seller.gstin,
      supplier_legal_name: "Mumbai Namkeen LLP",
      supplier_state_code: "27",
      place_of_supply: "24",
      igst: "15.24",
      cgst: "0.00",
      taxable_value: "304.76",
      total: "320.00",
      round_off: "0.00",
      idempotency_key: `invoice:order_1:${seller.gstin}`,
    })
  })

  it("leaves an order of the store alone as one invoice with the order's charge", () => {
    const groups = splitOrderBySupplier(order("in-gj"), supplier, {})
    expect(groups).toHaveLength(1)
    expect(groups[0].order.total).toBe("1280.00")
  })

  it("issues no store invoice when every line is a seller's and there is no delivery", () => {
    const only = order("in-gj", { total: "320.00", lines: [line({ line_item_id: "item_seller", amount: "320.00", charged: "320.00" })] })
    const groups = splitOrderBySupplier(only, null, { item_seller: seller })
    expect(groups.map((g) => g.supplier.gstin)).toEqual([seller.gstin])
  })

  it("refuses the store's own lines when the store has no registration to invoice them under", () => {
    expect(() => splitOrderBySupplier(mixed(), null, { item_seller: seller })).toThrow(/no active GST registration applies/)
  })
})
