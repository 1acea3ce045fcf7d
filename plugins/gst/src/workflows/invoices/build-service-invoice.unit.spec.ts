import { computeGstinCheckChar } from "@haat/india"
import { buildServiceInvoice, MARKETPLACE_SERVICE_SAC } from "./build-service-invoice"

const gstin = (first14: string) => first14 + computeGstinCheckChar(first14)
const operator = {
  gstin: "24AAHCH4821K1ZK",
  legal_name: "Haat Commerce Private Limited",
  state_code: "24",
  address_line_1: "1 Ashram Road",
  city: "Ahmedabad",
  postal_code: "380009",
}
const invoice = (buyerGstin: string, taxable: string) =>
  buildServiceInvoice({
    supplier: operator,
    buyer: { gstin: buyerGstin, legal_name: "Distributor" },
    lines: [{ description: "Marketplace commission", sac: MARKETPLACE_SERVICE_SAC, taxable_value: taxable, rate: "18" }],
    prefix: "SRV",
    idempotency_key: "commission_invoice:stl_1",
  })

describe("buildServiceInvoice", () => {
  it.each([
    // Gujarat distributor of a Gujarat operator: intra-State, 9% + 9%; 100.05 × 9% = 9.0045 → 9.00 each.
    [gstin("24AAACS1234A1Z"), "100.05", { cgst: "9.00", sgst: "9.00", igst: "0.00", total: "118.05", pos: "24" }],
    // Maharashtra distributor: inter-State, IGST 18%; 100.05 × 18% = 18.009 → 18.01.
    [gstin("27AAFFM5678B1Z"), "100.05", { cgst: "0.00", sgst: "0.00", igst: "18.01", total: "118.06", pos: "27" }],
    [gstin("27AAFFM5678B1Z"), "1000.00", { cgst: "0.00", sgst: "0.00", igst: "180.00", total: "1180.00", pos: "27" }],
  ])("invoices %s's commission of %s by the heads its State gives", (buyer, taxable, expected) => {
    const doc = invoice(buyer, taxable)
    expect({ cgst: doc.cgst, sgst: doc.sgst, igst: doc.igst, total: doc.total, pos: doc.place_of_supply }).toEqual(expected)
    expect(doc).toMatchObject({ document_type: "commission_invoice", supply_type: "b2b", buyer_gstin: buyer, taxable_value: taxable })
    expect(doc.lines[0]).toMatchObject({ hsn_code: "998599", uqc: "NA", line_type: "commission" })
  })

  it("refuses a buyer without a valid GSTIN, a non-SAC code and a zero value", () => {
    expect(() => invoice("27AAFFM5678B1Z0", "10.00")).toThrow(/GSTIN/)
    expect(() => buildServiceInvoice({ supplier: operator, buyer: { gstin: gstin("27AAFFM5678B1Z"), legal_name: "D" }, lines: [{ description: "x", sac: "2106", taxable_value: "1.00", rate: "18" }], prefix: "SRV", idempotency_key: "k" })).toThrow(/SAC/)
    expect(() => invoice(gstin("27AAFFM5678B1Z"), "0.00")).toThrow(/above zero/)
  })
})
