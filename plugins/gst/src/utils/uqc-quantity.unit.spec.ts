import { parseNetQuantity, partOfUqcQuantity, subtractUqcQuantity, uqcQuantity, UqcQuantityInput } from "./uqc-quantity"

const goods = (over: Partial<UqcQuantityInput>): UqcQuantityInput => ({ hsn_code: "08013220", uqc: "KGS", quantity: 1, ...over })

describe("uqcQuantity", () => {
  it.each<[string, Partial<UqcQuantityInput>, { uqc: string; quantity: string; net_quantity: string | null }]>([
    // grams → KGS
    ["2 × 500 g in KGS", { quantity: 2, net_quantity: "500 g" }, { uqc: "KGS", quantity: "1.000", net_quantity: "500 g" }],
    ["1 × 1 kg in KGS", { quantity: 1, net_quantity: "1 kg" }, { uqc: "KGS", quantity: "1.000", net_quantity: "1 kg" }],
    ["3 × 250 g in KGS", { quantity: 3, net_quantity: "250g" }, { uqc: "KGS", quantity: "0.750", net_quantity: "250 g" }],
    ["40 × 900 g in KGS", { quantity: 40, net_quantity: "900 g" }, { uqc: "KGS", quantity: "36.000", net_quantity: "900 g" }],
    ["7 × 1.25 kg in KGS", { quantity: 7, net_quantity: "1.25 kg" }, { uqc: "KGS", quantity: "8.750", net_quantity: "1.25 kg" }],
    ["2 × 500 g in GMS", { uqc: "GMS", quantity: 2, net_quantity: "500 gm" }, { uqc: "GMS", quantity: "1000.000", net_quantity: "500 g" }],
    ["4 × 25 kg in QTL", { uqc: "QTL", quantity: 4, net_quantity: "25 kg" }, { uqc: "QTL", quantity: "1.000", net_quantity: "25 kg" }],
    ["a 50 kg sack in TON", { uqc: "TON", quantity: 1, net_quantity: "50 kg" }, { uqc: "TON", quantity: "0.050", net_quantity: "50 kg" }],
    ["250 mg tablets × 4 in KGS (rounds to 0.001)", { quantity: 4, net_quantity: "250 mg" }, { uqc: "KGS", quantity: "0.001", net_quantity: "250 mg" }],
    // ml → LTR
    ["3 × 100 ml in LTR", { hsn_code: "30049014", uqc: "LTR", quantity: 3, net_quantity: "100 ml" }, { uqc: "LTR", quantity: "0.300", net_quantity: "100 ml" }],
    ["2 × 1.5 l in LTR", { hsn_code: "2202", uqc: "LTR", quantity: 2, net_quantity: "1.5 L" }, { uqc: "LTR", quantity: "3.000", net_quantity: "1.5 l" }],
    ["2 × 30 ml in MLT", { hsn_code: "30049014", uqc: "MLT", quantity: 2, net_quantity: "30 ml" }, { uqc: "MLT", quantity: "60.000", net_quantity: "30 ml" }],
    ["1 × 1 l in US gallons, exact then rounded", { hsn_code: "2710", uqc: "UGS", quantity: 1, net_quantity: "1 l" }, { uqc: "UGS", quantity: "0.264", net_quantity: "1 l" }],
    // rounding half-up at the 3rd decimal, exact decimals
    ["1 × 1 g in KGS", { quantity: 1, net_quantity: "1 g" }, { uqc: "KGS", quantity: "0.001", net_quantity: "1 g" }],
    ["1 × 0.5 g in KGS rounds half up", { quantity: 1, net_quantity: "0.5 g" }, { uqc: "KGS", quantity: "0.001", net_quantity: "0.5 g" }],
    ["1 × 0.4 g in KGS rounds down", { quantity: 1, net_quantity: "0.4 g" }, { uqc: "KGS", quantity: "0.000", net_quantity: "0.4 g" }],
    ["3 × 0.1 kg is 0.300, not 0.30000000000000004", { quantity: 3, net_quantity: "0.1 kg" }, { uqc: "KGS", quantity: "0.300", net_quantity: "0.1 kg" }],
    ["3 × 333.5 g in KGS: 1.0005 rounds half up", { quantity: 3, net_quantity: "333.5 g" }, { uqc: "KGS", quantity: "1.001", net_quantity: "333.5 g" }],
    ["a million packs of 1 g, no float drift", { quantity: "1000000", net_quantity: "1 g" }, { uqc: "KGS", quantity: "1000.000", net_quantity: "1 g" }],
    // the variant's weight when nothing is declared
    ["weight in grams (default unit)", { quantity: 2, weight: 500 }, { uqc: "KGS", quantity: "1.000", net_quantity: "500 g" }],
    ["weight in kg (option)", { quantity: 2, weight: 0.25, weight_unit: "kg" }, { uqc: "KGS", quantity: "0.500", net_quantity: "0.25 kg" }],
    ["declared net quantity wins over the (gross) weight", { quantity: 2, net_quantity: "500 g", weight: 540 }, { uqc: "KGS", quantity: "1.000", net_quantity: "500 g" }],
    ["a volume declared under a mass UQC falls to the weight", { quantity: 2, net_quantity: "100 ml", weight: 120 }, { uqc: "KGS", quantity: "0.240", net_quantity: "120 g" }],
    // cannot convert → count of packs under PAC
    ["no weight, nothing declared → PAC", { quantity: 3 }, { uqc: "PAC", quantity: "3.000", net_quantity: null }],
    ["zero weight → PAC", { quantity: 2, weight: 0 }, { uqc: "PAC", quantity: "2.000", net_quantity: null }],
    ["a size name, not a quantity → PAC", { quantity: 2, net_quantity: "Large" }, { uqc: "PAC", quantity: "2.000", net_quantity: null }],
    ["ml under KGS without a weight → PAC", { quantity: 2, net_quantity: "100 ml" }, { uqc: "PAC", quantity: "2.000", net_quantity: null }],
    ["grams under LTR → PAC", { uqc: "LTR", quantity: 1, net_quantity: "500 g", weight: 500 }, { uqc: "PAC", quantity: "1.000", net_quantity: null }],
    // count UQCs count; services have none
    ["bottles stay bottles", { hsn_code: "30049014", uqc: "BTL", quantity: 3, net_quantity: "30 ml" }, { uqc: "BTL", quantity: "3.000", net_quantity: null }],
    ["numbers stay numbers", { hsn_code: "481920", uqc: "NOS", quantity: 12 }, { uqc: "NOS", quantity: "12.000", net_quantity: null }],
    ["an unknown UQC is reported as packs", { uqc: "XYZ", quantity: 2 }, { uqc: "PAC", quantity: "2.000", net_quantity: null }],
    ["a service (SAC) has no quantity", { hsn_code: "996812", uqc: "NA", quantity: 1 }, { uqc: "NA", quantity: "0.000", net_quantity: null }],
    ["chapter 99 is a service whatever the UQC", { hsn_code: "998314", uqc: "OTH", quantity: 1 }, { uqc: "NA", quantity: "0.000", net_quantity: null }],
  ])("%s", (_name, input, expected) => {
    expect(uqcQuantity(goods(input))).toEqual(expected)
  })

  it("refuses a fractional or negative number of units", () => {
    expect(() => uqcQuantity(goods({ quantity: "1.5", net_quantity: "500 g" }))).toThrow('Quantity "1.5" is not a whole number of units')
    expect(() => uqcQuantity(goods({ quantity: -1, net_quantity: "500 g" }))).toThrow("not a whole number")
  })
})

describe("parseNetQuantity", () => {
  it.each<[unknown, string | null]>([
    ["500 g", "500 g"],
    ["1kg", "1 kg"],
    [" 100 ML ", "100 ml"],
    ["1.5 Ltr", "1.5 l"],
    ["0 g", null],
    ["-5 g", null],
    ["1e3 g", null],
    ["500", null],
    ["Small", null],
    [null, null],
    [{}, null],
  ])("%p → %p", (value, label) => {
    expect(parseNetQuantity(value)?.label ?? null).toBe(label)
  })
})

describe("credit note parts", () => {
  it.each<[string, bigint, bigint, string]>([
    ["1.000", 1n, 2n, "0.500"],
    ["36.000", 10n, 40n, "9.000"],
    ["1.000", 1n, 3n, "0.333"],
    ["1.000", 2n, 3n, "0.667"],
    ["0.001", 1n, 2n, "0.001"],
  ])("%s × %d / %d = %s", (total, part, whole, expected) => {
    expect(partOfUqcQuantity(total, part, whole)).toBe(expected)
  })

  it("gives the last return the exact remainder", () => {
    const first = partOfUqcQuantity("1.000", 1n, 3n)
    const second = partOfUqcQuantity("1.000", 1n, 3n)
    expect(subtractUqcQuantity(subtractUqcQuantity("1.000", first), second)).toBe("0.334")
  })
})
