import { checkAddressesInGstinState, provinceFor } from "./address-rules"

const address = (type: "registered" | "pickup" | "billing", state: string) => ({
  type,
  address_1: "1 Road",
  city: "City",
  state,
  postal_code: "380001",
})

describe("places of business under a GSTIN", () => {
  it("accepts addresses in the GSTIN's State and a billing address anywhere", () => {
    expect(() => checkAddressesInGstinState([address("registered", "24"), address("billing", "27")], "24")).not.toThrow()
  })

  it.each(["registered", "pickup"] as const)("refuses a %s address in another State, naming both", (type) => {
    expect(() => checkAddressesInGstinState([address(type, "27")], "24")).toThrow(
      `The ${type} address in City is in Maharashtra, but GSTIN is registered in Gujarat`
    )
  })

  it.each([
    ["24", "in-gj"],
    ["27", "in-mh"],
    ["05", "in-uk"],
    ["38", "in-la"],
  ])("stock location province for state %s is %s", (code, province) => {
    expect(provinceFor(code)).toBe(province)
  })
})
