import { quantityText } from "./render-tax-document"

describe("quantityText (r.46(i) quantity and unit on the PDF)", () => {
  it.each<[string, Parameters<typeof quantityText>[0], string]>([
    ["packs weighed into KGS", { quantity: 2, uqc: "KGS", reported_uqc: "KGS", reported_quantity: 1, net_quantity: "500 g" }, "2 × 500 g — 1.000 KGS"],
    ["a decimal kept to 3 places", { quantity: "3", uqc: "KGS", reported_uqc: "KGS", reported_quantity: "0.75", net_quantity: "250 g" }, "3 × 250 g — 0.750 KGS"],
    ["millilitres into LTR", { quantity: 3, uqc: "LTR", reported_uqc: "LTR", reported_quantity: "0.300", net_quantity: "100 ml" }, "3 × 100 ml — 0.300 LTR"],
    ["packs of unknown weight", { quantity: 2, uqc: "KGS", reported_uqc: "PAC", reported_quantity: 2, net_quantity: null }, "2 PAC"],
    ["a count UQC", { quantity: 3, uqc: "BTL", reported_uqc: "BTL", reported_quantity: 3, net_quantity: null }, "3 BTL"],
    ["a service", { quantity: 1, uqc: "NA", reported_uqc: "NA", reported_quantity: 0, net_quantity: null }, "1"],
    ["a line read without the reported columns", { quantity: 2, uqc: "NOS" }, "2 NOS"],
  ])("%s", (_name, line, expected) => {
    expect(quantityText(line)).toBe(expected)
  })
})
