import { computeGstinCheckChar } from "../../lib"
import { GstLineContext, GstTaxableLine, GstTaxContext } from "../../utils/gst-tax-context"
import { GstTaxLineData, gstTaxLines, mainSupply } from "./gst-tax-lines"
import GstTaxProvider from "./service"

const gstin = (body: string) => `${body}${computeGstinCheckChar(body)}`
/** Registrations of one company (PAN AAHCH4821K) in several States and Union territories. */
const SUPPLIER: Record<string, string> = Object.fromEntries(
  ["24", "27", "04", "07", "38", "26", "35", "31", "34", "01", "97"].map((state) => [state, gstin(`${state}AAHCH4821K1Z`)])
)
const SEZ_BUYER = gstin("27AABCS1429B1Z")

function item(overrides: Partial<GstTaxableLine> = {}): GstTaxableLine {
  return {
    title: "Kaju Katli",
    unit_price: "640",
    quantity: "1",
    is_tax_inclusive: true,
    hsn_code: "21069099",
    hsn_from: "variant_or_product",
    rate_hsn: "21069099",
    rate_source: "hsn_master",
    rate: "5",
    cess_rate: "0",
    supplier_gstin: SUPPLIER["24"],
    supplier_state: "24",
    supplier_source: "stock_location",
    ...overrides,
  }
}

function context(lines: Record<string, GstLineContext>, overrides: Partial<GstTaxContext> = {}): GstTaxContext {
  return {
    default_hsn_code: null,
    shipping_rate: "main_supply",
    export_with_igst: false,
    supply_date: "2026-11-22",
    buyer_gstin: null,
    buyer_gstin_error: null,
    buyer_sez: false,
    lines,
    suppliers: {},
    default_supplier: { gstin: SUPPLIER["24"], state_code: "24", source: "default_registration" },
    ...overrides,
  }
}

type Case = {
  line?: Partial<GstTaxableLine>
  to?: { country?: string; province?: string | null }
  gst?: Partial<GstTaxContext>
}

/** The tax lines of one item, Kaju Katli unless the case says otherwise, delivered within Gujarat unless it says where. */
function itemLines({ line = {}, to = {}, gst = {} }: Case) {
  return gstTaxLines({
    items: [{ id: "li_1" }],
    shipping: [],
    address: { country_code: to.country ?? "in", province_code: to.province === undefined ? "in-gj" : to.province },
    gst: context({ li_1: item(line) }, gst),
    provider_id: "gst",
  })
}

/** The item's tax lines as "CODE rate" strings, in order. */
const itemHeads = (c: Case) => itemLines(c).map((l) => `${l.code} ${l.rate}`)

const itemData = (c: Case) => itemLines(c)[0].data as GstTaxLineData

describe("gstTaxLines: items", () => {
  it.each<[string, Case, string[]]>([
    // Within Gujarat: CGST + SGST at half the rate each, for every slab.
    ["a 5% sweet delivered within Gujarat", {}, ["CGST 2.5", "SGST 2.5"]],
    ["a nil-rated good within Gujarat", { line: { rate: "0" } }, ["CGST 0", "SGST 0"]],
    ["0.1% (merchant exporter) within Gujarat", { line: { rate: "0.1" } }, ["CGST 0.05", "SGST 0.05"]],
    ["0.25% (rough diamonds) within Gujarat", { line: { rate: "0.25" } }, ["CGST 0.125", "SGST 0.125"]],
    ["1.5% within Gujarat", { line: { rate: "1.5" } }, ["CGST 0.75", "SGST 0.75"]],
    ["3% (gold) within Gujarat", { line: { rate: "3" } }, ["CGST 1.5", "SGST 1.5"]],
    ["12% within Gujarat", { line: { rate: "12" } }, ["CGST 6", "SGST 6"]],
    ["18% within Gujarat", { line: { rate: "18" } }, ["CGST 9", "SGST 9"]],
    ["40% (demerit goods) within Gujarat", { line: { rate: "40" } }, ["CGST 20", "SGST 20"]],
    ["28% with 12% cess within Gujarat", { line: { rate: "28", cess_rate: "12" } }, ["CGST 14", "SGST 14", "CESS 12"]],
    // Across States: IGST at the full rate.
    ["a 5% sweet from Gujarat to Maharashtra", { to: { province: "in-mh" } }, ["IGST 5"]],
    ["18% from Gujarat to Karnataka", { line: { rate: "18" }, to: { province: "in-ka" } }, ["IGST 18"]],
    ["0.25% from Gujarat to Delhi", { line: { rate: "0.25" }, to: { province: "in-dl" } }, ["IGST 0.25"]],
    ["28% with cess from Gujarat to Tamil Nadu", { line: { rate: "28", cess_rate: "12" }, to: { province: "in-tn" } }, ["IGST 28", "CESS 12"]],
    ["a nil-rated good from Gujarat to Kerala", { line: { rate: "0" }, to: { province: "in-kl" } }, ["IGST 0"]],
    ["from Gujarat to Chandigarh (a Union territory, but another place)", { to: { province: "in-ch" } }, ["IGST 5"]],
    // Within a Union territory without legislature: UTGST instead of SGST.
    ["within Chandigarh", { line: { supplier_state: "04", supplier_gstin: SUPPLIER["04"] }, to: { province: "in-ch" } }, ["CGST 2.5", "UTGST 2.5"]],
    ["within Ladakh", { line: { supplier_state: "38", supplier_gstin: SUPPLIER["38"] }, to: { province: "in-la" } }, ["CGST 2.5", "UTGST 2.5"]],
    [
      "within Dadra and Nagar Haveli and Daman and Diu, addressed by its old Daman code",
      { line: { supplier_state: "26", supplier_gstin: SUPPLIER["26"] }, to: { province: "in-dd" } },
      ["CGST 2.5", "UTGST 2.5"],
    ],
    ["within the Andaman and Nicobar Islands", { line: { rate: "18", supplier_state: "35", supplier_gstin: SUPPLIER["35"] }, to: { province: "Andaman and Nicobar Islands" } }, ["CGST 9", "UTGST 9"]],
    ["within Lakshadweep", { line: { supplier_state: "31", supplier_gstin: SUPPLIER["31"] }, to: { province: "31" } }, ["CGST 2.5", "UTGST 2.5"]],
    // Union territories with a legislature count as States: SGST.
    ["within Delhi", { line: { supplier_state: "07", supplier_gstin: SUPPLIER["07"] }, to: { province: "in-dl" } }, ["CGST 2.5", "SGST 2.5"]],
    ["within Puducherry", { line: { supplier_state: "34", supplier_gstin: SUPPLIER["34"] }, to: { province: "Pondicherry" } }, ["CGST 2.5", "SGST 2.5"]],
    ["within Jammu and Kashmir", { line: { supplier_state: "01", supplier_gstin: SUPPLIER["01"] }, to: { province: "in-jk" } }, ["CGST 2.5", "SGST 2.5"]],
    ["from Chandigarh to Punjab", { line: { supplier_state: "04", supplier_gstin: SUPPLIER["04"] }, to: { province: "in-pb" } }, ["IGST 5"]],
    // The delivery state in every form storefronts and Medusa send it (Medusa lowercases province).
    ["province in-gj", { to: { province: "in-gj" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province IN-GJ", { to: { province: "IN-GJ" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province gj", { to: { province: "gj" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province GJ", { to: { province: "GJ" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province gujarat", { to: { province: "gujarat" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province Gujarat", { to: { province: "Gujarat" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province 24 (GST state code)", { to: { province: "24" } }, ["CGST 2.5", "SGST 2.5"]],
    ["province ' Gujarat ' with spaces", { to: { province: " Gujarat " } }, ["CGST 2.5", "SGST 2.5"]],
    ["province in-mh", { to: { province: "in-mh" } }, ["IGST 5"]],
    ["province Maharashtra", { to: { province: "Maharashtra" } }, ["IGST 5"]],
    ["province in-ct (Medusa's old Chhattisgarh code)", { to: { province: "in-ct" } }, ["IGST 5"]],
    ["province orissa (old name of Odisha)", { to: { province: "orissa" } }, ["IGST 5"]],
    // An Indian address without a state yet: taxed as within the supplier's State until the state is known.
    ["no state on the address", { to: { province: null } }, ["CGST 2.5", "SGST 2.5"]],
    ["an empty state on the address", { to: { province: "" } }, ["CGST 2.5", "SGST 2.5"]],
    // Exports: zero-rated, under LUT by default (IGST Act s.16(3)(a)).
    ["an export to the US under LUT", { to: { country: "us", province: "ny" } }, ["IGST 0"]],
    ["an export with country code in capitals", { to: { country: "US", province: null } }, ["IGST 0"]],
    ["an export of a cess good under LUT", { line: { rate: "28", cess_rate: "12" }, to: { country: "gb", province: null } }, ["IGST 0", "CESS 0"]],
    ["an export with IGST paid (export_with_igst)", { to: { country: "ae", province: null }, gst: { export_with_igst: true } }, ["IGST 5"]],
    ["an export of a cess good with IGST paid", { line: { rate: "28", cess_rate: "12" }, to: { country: "sg", province: null }, gst: { export_with_igst: true } }, ["IGST 28", "CESS 12"]],
    // Supplies to an SEZ unit: zero-rated even within the supplier's State (IGST Act s.7(5)(b), s.16(1)(b)).
    ["an SEZ unit in Gujarat under LUT", { gst: { buyer_gstin: SEZ_BUYER, buyer_sez: true } }, ["IGST 0"]],
    ["an SEZ unit in Maharashtra under LUT", { to: { province: "in-mh" }, gst: { buyer_gstin: SEZ_BUYER, buyer_sez: true } }, ["IGST 0"]],
    ["an SEZ unit with IGST paid", { gst: { buyer_gstin: SEZ_BUYER, buyer_sez: true, export_with_igst: true } }, ["IGST 5"]],
    ["an SEZ flag without a valid GSTIN is a domestic supply", { gst: { buyer_gstin: null, buyer_sez: true } }, ["CGST 2.5", "SGST 2.5"]],
    // A registered buyer (B2B) pays the same tax as a consumer.
    ["a registered buyer within Gujarat", { gst: { buyer_gstin: gstin("24AABCS1429B1Z") } }, ["CGST 2.5", "SGST 2.5"]],
    ["a registered buyer in Maharashtra", { to: { province: "in-mh" }, gst: { buyer_gstin: SEZ_BUYER } }, ["IGST 5"]],
    // Tax-exclusive prices get the same rates: Medusa applies them to the amounts.
    ["a tax-exclusive price within Gujarat", { line: { is_tax_inclusive: false } }, ["CGST 2.5", "SGST 2.5"]],
  ])("%s", (_name, c, expected) => {
    expect(itemHeads(c)).toEqual(expected)
  })

  it("names each head with its rate and keeps rates as the percent numbers Medusa expects", () => {
    const lines = itemLines({ line: { rate: "0.25" } })
    expect(lines.map((l) => [l.name, l.code, l.rate, l.provider_id, "line_item_id" in l && l.line_item_id])).toEqual([
      ["CGST 0.125%", "CGST", 0.125, "gst", "li_1"],
      ["SGST 0.125%", "SGST", 0.125, "gst", "li_1"],
    ])
  })

  it("records the supply on each tax line, so the order can be invoiced from it", () => {
    expect(itemData({ to: { province: "in-mh" } })).toEqual({
      supply_type: "domestic",
      supply: "inter_state",
      zero_rated: false,
      lut: false,
      place_of_supply: "27",
      provisional: false,
      supplier_gstin: SUPPLIER["24"],
      supplier_state: "24",
      hsn_code: "21069099",
      rate: "5",
      cess_rate: "0",
      rate_hsn: "21069099",
      rate_source: "hsn_master",
      supply_date: "2026-11-22",
    })
  })

  it("reports an export's place of supply as 96, Other Countries", () => {
    expect(itemData({ to: { country: "us", province: "ca" } })).toMatchObject({
      supply_type: "export",
      place_of_supply: "96",
      zero_rated: true,
      lut: true,
    })
  })

  it("marks a supply taxed before the delivery state is known as provisional", () => {
    expect(itemData({ to: { province: null } })).toMatchObject({ provisional: true, place_of_supply: "24" })
  })

  it("places an SEZ supply in the unit's State, from its GSTIN when the address has no state", () => {
    expect(itemData({ to: { province: null }, gst: { buyer_gstin: SEZ_BUYER, buyer_sez: true } })).toMatchObject({
      supply_type: "sez",
      place_of_supply: "27",
      zero_rated: true,
    })
  })

  it.each(["Gujrat", "in-xx", "Atlantis", "99"])("refuses %p as the delivery state, naming the forms it takes", (province) => {
    expect(() => itemHeads({ to: { province } })).toThrow(/not an Indian State or Union territory.*in-gj.*24.*Gujarat/)
  })

  it("raises the reason a line cannot be taxed, such as a missing HSN", () => {
    const run = () =>
      gstTaxLines({
        items: [{ id: "li_1" }],
        shipping: [],
        address: { country_code: "in", province_code: "in-gj" },
        gst: context({ li_1: { title: "Mystery Box", unit_price: "100", quantity: "1", is_tax_inclusive: true, error: '"Mystery Box" has no HSN code' } }),
        provider_id: "gst",
      })
    expect(run).toThrow('"Mystery Box" has no HSN code')
  })

  it("refuses a line the hook did not describe rather than taxing it at 0%", () => {
    const run = () =>
      gstTaxLines({
        items: [{ id: "li_2" }],
        shipping: [],
        address: { country_code: "in", province_code: "in-gj" },
        gst: context({ li_1: item() }),
        provider_id: "gst",
      })
    expect(run).toThrow(/No GST context for line li_2/)
  })
})

describe("gstTaxLines: shipping", () => {
  function shippingHeads(lines: Record<string, GstLineContext>, to = "in-gj", gst: Partial<GstTaxContext> = {}) {
    return gstTaxLines({
      items: [],
      shipping: [{ id: "sm_1" }],
      address: { country_code: "in", province_code: to },
      gst: context(lines, gst),
      provider_id: "gst",
    }).map((l) => `${l.code} ${l.rate}`)
  }

  it.each<[string, Record<string, GstLineContext>, string, Partial<GstTaxContext>, string[]]>([
    ["takes the rate of the only item", { a: item() }, "in-gj", {}, ["CGST 2.5", "SGST 2.5"]],
    ["goes inter-State with the goods", { a: item() }, "in-mh", {}, ["IGST 5"]],
    [
      "takes the rate of the line with the highest taxable value",
      { a: item({ rate: "18", unit_price: "500" }), b: item({ rate: "5", unit_price: "640" }) },
      "in-gj",
      {},
      ["CGST 2.5", "SGST 2.5"],
    ],
    [
      "compares taxable values, not prices: ₹1,180 with 18% inside is worth less than ₹1,050 plus tax",
      { a: item({ rate: "18", unit_price: "1180" }), b: item({ rate: "5", unit_price: "1050", is_tax_inclusive: false }) },
      "in-mh",
      {},
      ["IGST 5"],
    ],
    [
      "counts quantity into the line value",
      { a: item({ rate: "18", unit_price: "300", quantity: "3" }), b: item({ rate: "5", unit_price: "640" }) },
      "in-mh",
      {},
      ["IGST 18"],
    ],
    [
      "on equal taxable values takes the higher rate",
      { a: item({ rate: "5", unit_price: "100", is_tax_inclusive: false }), b: item({ rate: "18", unit_price: "100", is_tax_inclusive: false }) },
      "in-mh",
      {},
      ["IGST 18"],
    ],
    ["carries the main supply's cess", { a: item({ rate: "28", cess_rate: "12" }) }, "in-gj", {}, ["CGST 14", "SGST 14", "CESS 12"]],
    ["uses the shipping_rate option when it is a percent", { a: item() }, "in-gj", { shipping_rate: "18" }, ["CGST 9", "SGST 9"]],
    ["a percent shipping_rate carries no cess", { a: item({ rate: "28", cess_rate: "12" }) }, "in-mh", { shipping_rate: "18" }, ["IGST 18"]],
    [
      "follows the main supply's supplier: UTGST within Chandigarh",
      { a: item({ supplier_state: "04", supplier_gstin: SUPPLIER["04"] }) },
      "in-ch",
      {},
      ["CGST 2.5", "UTGST 2.5"],
    ],
    ["is zero-rated with an SEZ supply", { a: item() }, "in-gj", { buyer_gstin: SEZ_BUYER, buyer_sez: true }, ["IGST 0"]],
    ["has no tax while the cart has no goods", {}, "in-gj", {}, []],
    [
      "stays the store's: a marketplace seller's bigger line from Maharashtra does not carry the store's delivery",
      { own: item({ unit_price: "100" }), seller: item({ unit_price: "900", supplier_state: "27", supplier_gstin: SUPPLIER["27"], supplier_source: "resolver" }) },
      "in-gj",
      {},
      ["CGST 2.5", "SGST 2.5"],
    ],
    [
      "takes the rate of the store's own main line, not of a seller's",
      { own: item({ rate: "18", unit_price: "100" }), seller: item({ rate: "5", unit_price: "900", supplier_source: "resolver" }) },
      "in-mh",
      {},
      ["IGST 18"],
    ],
    [
      "with only sellers' lines, is supplied under the store's default registration at the main supply's rate",
      { seller: item({ rate: "12", supplier_state: "27", supplier_gstin: SUPPLIER["27"], supplier_source: "resolver" }) },
      "in-gj",
      {},
      ["CGST 6", "SGST 6"],
    ],
  ])("%s", (_name, lines, to, gst, expected) => {
    expect(shippingHeads(lines, to, gst)).toEqual(expected)
  })

  it("says which line it took the rate from", () => {
    const [line] = gstTaxLines({
      items: [],
      shipping: [{ id: "sm_1" }],
      address: { country_code: "in", province_code: "in-mh" },
      gst: context({ a: item({ unit_price: "100" }), b: item({ unit_price: "900" }) }),
      provider_id: "gst",
    })
    expect(line).toMatchObject({ shipping_line_id: "sm_1", name: "IGST 5%" })
    expect(line.data).toMatchObject({ shipping_basis: "main_supply", main_supply_line_id: "b", hsn_code: "21069099" })
  })

  it("refuses a shipping_rate option that is neither main_supply nor a percent", () => {
    expect(() => shippingHeads({ a: item() }, "in-gj", { shipping_rate: "eighteen" })).toThrow(/shipping_rate option.*"eighteen"/)
  })

  it("cannot find the main supply while a line has no rate", () => {
    expect(() =>
      shippingHeads({ a: item(), b: { title: "Khakhra", unit_price: "85", quantity: "1", is_tax_inclusive: true, error: "HSN 19059090 has no GST rate" } })
    ).toThrow("HSN 19059090 has no GST rate")
  })
})

describe("mainSupply", () => {
  it("keeps the earlier line on a full tie", () => {
    expect(mainSupply(context({ a: item(), b: item() }))?.[0]).toBe("a")
  })

  it("is null for a cart without lines", () => {
    expect(mainSupply(context({}))).toBeNull()
  })
})

describe("GstTaxProvider", () => {
  const provider = new GstTaxProvider()
  const rate = { id: "txr_1", rate: 5, name: "GST", code: "GST" } as never

  it("is registered as gst (tp_gst_gst with id gst)", () => {
    expect(provider.getIdentifier()).toBe("gst")
    expect(GstTaxProvider.identifier).toBe("gst")
  })

  it("prices a product listing, which carries no GST context, at the tax region's rates", async () => {
    const lines = await provider.getTaxLines(
      [{ line_item: { id: "variant_1", product_id: "prod_1" }, rates: [rate] }],
      [],
      { address: { country_code: "in", province_code: "in-gj" } }
    )
    expect(lines).toEqual([{ rate_id: "txr_1", rate: 5, name: "GST", code: "GST", provider_id: "gst", line_item_id: "variant_1" }])
  })

  it("taxes items and shipping from the hook's context", async () => {
    const lines = await provider.getTaxLines(
      [{ line_item: { id: "li_1", product_id: "prod_1" }, rates: [rate] }],
      [{ shipping_line: { id: "sm_1", shipping_option_id: "so_1" }, rates: [] }],
      { address: { country_code: "in", province_code: "in-mh" }, additional_context: { gst: context({ li_1: item() }) } }
    )
    expect(lines.map((l) => [l.code, l.rate, "line_item_id" in l ? l.line_item_id : l.shipping_line_id])).toEqual([
      ["IGST", 5, "li_1"],
      ["IGST", 5, "sm_1"],
    ])
  })
})
