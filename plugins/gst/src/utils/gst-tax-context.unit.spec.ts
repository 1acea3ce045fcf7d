import { computeGstinCheckChar } from "../lib"
import { buildGstTaxContext, GstSupply, GstSupplyLine, readGstTaxContext } from "./gst-tax-context"

const gstin = (body: string) => `${body}${computeGstinCheckChar(body)}`
const GUJARAT = gstin("24AAHCH4821K1Z")
const DISTRIBUTOR = gstin("27AABCD1234E1Z")

function line(overrides: Partial<GstSupplyLine> = {}): GstSupplyLine {
  return {
    id: "li_1",
    title: "Kaju Katli",
    variant_id: "variant_1",
    product_id: "prod_1",
    metadata: null,
    quantity: "2",
    unit_price: "640",
    is_tax_inclusive: true,
    hsn_code: "21069099",
    location_id: "sloc_1",
    supplier: { gstin: GUJARAT, state_code: "24", source: "stock_location" },
    ...overrides,
  }
}

function supply(overrides: Partial<GstSupply> = {}): GstSupply {
  return {
    cart_id: "cart_1",
    order_id: null,
    sales_channel_id: "sc_1",
    supply_date: "2026-11-22",
    buyer_gstin: null,
    buyer_sez: false,
    lines: [line()],
    default_supplier: { gstin: GUJARAT, state_code: "24", source: "default_registration" },
    hsn_master: {},
    policy: { default_hsn_code: null, shipping_rate: "main_supply", export_with_igst: false },
    ...overrides,
  }
}

describe("buildGstTaxContext", () => {
  it("gives each line its HSN, the rate on the supply date and its supplier", () => {
    expect(buildGstTaxContext(supply()).lines.li_1).toEqual({
      title: "Kaju Katli",
      unit_price: "640",
      quantity: "2",
      is_tax_inclusive: true,
      hsn_code: "21069099",
      hsn_from: "variant_or_product",
      rate_hsn: "21069099",
      rate_source: "hsn_seed",
      rate: "5",
      cess_rate: "0",
      supplier_gstin: GUJARAT,
      supplier_state: "24",
      supplier_source: "stock_location",
    })
  })

  it("takes the rate in force on the supply date", () => {
    expect(buildGstTaxContext(supply({ supply_date: "2025-09-21" })).lines.li_1).toMatchObject({ rate: "12" })
  })

  it("normalises an HSN written with spaces", () => {
    expect(buildGstTaxContext(supply({ lines: [line({ hsn_code: "2106 90 99" })] })).lines.li_1).toMatchObject({ hsn_code: "21069099" })
  })

  it("classifies a product without HSN under default_hsn_code when set", () => {
    const context = buildGstTaxContext(
      supply({ lines: [line({ hsn_code: null })], policy: { default_hsn_code: "1704", shipping_rate: "main_supply", export_with_igst: false } })
    )
    expect(context.lines.li_1).toMatchObject({ hsn_code: "1704", hsn_from: "default_hsn_code", rate: "5" })
  })

  it("marks a product without HSN and without default_hsn_code as untaxable, saying what to do", () => {
    expect(buildGstTaxContext(supply({ lines: [line({ hsn_code: null })] })).lines.li_1.error).toBe(
      '"Kaju Katli" has no HSN code, and a tax invoice needs one (CGST Rules r.46(g)): link the product to an HSN code in Admin → GST or set its metadata.hsn_code (or set the default_hsn_code option of @haat/gst)'
    )
  })

  it("does not put an unknown HSN under default_hsn_code: it is a classification to fix", () => {
    const context = buildGstTaxContext(
      supply({ lines: [line({ hsn_code: "33049990" })], policy: { default_hsn_code: "1704", shipping_rate: "main_supply", export_with_igst: false } })
    )
    expect(context.lines.li_1.error).toBe('"Kaju Katli": HSN 33049990 has no GST rate: add it with its rate in Admin → GST')
  })

  it("marks an HSN that is no code as untaxable", () => {
    expect(buildGstTaxContext(supply({ lines: [line({ hsn_code: "sweets" })] })).lines.li_1.error).toMatch(/"sweets", which is not a 4-8 digit/)
  })

  it("asks for a GST registration when there is none to supply under", () => {
    expect(buildGstTaxContext(supply({ lines: [line({ supplier: null })] })).lines.li_1.error).toBe(
      "No GST registration to supply under: add the store's GSTIN in Admin → GST and mark it as the default registration"
    )
  })

  it("lets the resolveSupplier hook name another supplier for a line", () => {
    const context = buildGstTaxContext(supply(), { li_1: { gstin: DISTRIBUTOR.toLowerCase() } })
    expect(context.lines.li_1).toMatchObject({ supplier_gstin: DISTRIBUTOR, supplier_state: "27", supplier_source: "resolver" })
  })

  it("keeps the supplier's name and address the hook gives, for its invoice, even on a line that cannot be taxed", () => {
    const address = { address_line_1: "Unit 12, Andheri Industrial Estate", city: "Mumbai", postal_code: "400053" }
    const context = buildGstTaxContext(supply({ lines: [line(), line({ id: "li_2", hsn_code: null })] }), {
      li_1: { gstin: DISTRIBUTOR, legal_name: "Mumbai Namkeen LLP", address },
      li_2: { gstin: DISTRIBUTOR, legal_name: "Mumbai Namkeen LLP", address },
    })
    expect(context.suppliers.li_1).toEqual({
      gstin: DISTRIBUTOR,
      state_code: "27",
      source: "resolver",
      legal_name: "Mumbai Namkeen LLP",
      trade_name: null,
      address,
    })
    expect(context.lines.li_2.error).toMatch(/no HSN code/)
    expect(context.suppliers.li_2).toMatchObject({ gstin: DISTRIBUTOR, legal_name: "Mumbai Namkeen LLP" })
    expect(context.default_supplier).toMatchObject({ gstin: GUJARAT, state_code: "24" })
  })

  it("leaves lines the hook does not name with their default supplier", () => {
    const context = buildGstTaxContext(supply({ lines: [line(), line({ id: "li_2" })] }), { li_2: { gstin: DISTRIBUTOR } })
    expect(context.suppliers.li_1).toEqual({ gstin: GUJARAT, state_code: "24", source: "stock_location" })
    expect(context.lines.li_2).toMatchObject({ supplier_state: "27", supplier_source: "resolver" })
  })

  it("fails loud when the resolveSupplier hook gives an invalid GSTIN", () => {
    expect(() => buildGstTaxContext(supply(), { li_1: { gstin: "27AABCD1234E1ZZ" } })).toThrow(
      /resolveSupplier hook of resolve-gst-supply gave "Kaju Katli" the GSTIN "27AABCD1234E1ZZ": the check character/
    )
  })

  it("fails loud when the resolveSupplier hook names a line that is not there", () => {
    expect(() => buildGstTaxContext(supply(), { li_9: { gstin: DISTRIBUTOR } })).toThrow(/lines that are not in the cart: li_9/)
  })

  it("keeps a valid buyer GSTIN upper-cased, with the SEZ flag", () => {
    expect(buildGstTaxContext(supply({ buyer_gstin: DISTRIBUTOR.toLowerCase(), buyer_sez: true }))).toMatchObject({
      buyer_gstin: DISTRIBUTOR,
      buyer_gstin_error: null,
      buyer_sez: true,
    })
  })

  it("ignores an invalid buyer GSTIN, and its SEZ flag, and says why", () => {
    expect(buildGstTaxContext(supply({ buyer_gstin: "27AABCD1234E1ZZ", buyer_sez: true }))).toMatchObject({
      buyer_gstin: null,
      buyer_gstin_error: expect.stringMatching(/^GSTIN "27AABCD1234E1ZZ" ignored, the supply is taxed as to a consumer: the check character/),
      buyer_sez: false,
    })
  })
})

describe("readGstTaxContext", () => {
  it("finds the context under additional_context.gst", () => {
    const context = buildGstTaxContext(supply())
    expect(readGstTaxContext({ gst: context })).toBe(context)
  })

  it.each([undefined, null, {}, { gst: "x" }, { other: {} }])("finds none in %p", (additional) => {
    expect(readGstTaxContext(additional as Record<string, unknown> | undefined)).toBeNull()
  })
})
