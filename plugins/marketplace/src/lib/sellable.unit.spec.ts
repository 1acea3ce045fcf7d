import { ListingForSale, unsellableReason } from "./sellable"

const listing = (overrides: Partial<ListingForSale> = {}): ListingForSale => ({
  id: "lst_1",
  variant_id: "variant_1",
  status: "approved",
  stocked_quantity: 10,
  distributor_status: "verified",
  distributor_name: "Shah Traders",
  ...overrides,
})

describe("can a cart line name this listing", () => {
  it.each([
    ["an approved listing of a verified distributor with stock", listing(), 2, null],
    ["exactly the stock", listing(), 10, null],
    ["more than the stock", listing(), 11, "has 10 in stock; 11 were asked for"],
    ["a pending distributor", listing({ distributor_status: "pending" }), 1, "not a verified distributor"],
    ["a distributor in review", listing({ distributor_status: "in_review" }), 1, "not a verified distributor"],
    ["a suspended distributor", listing({ distributor_status: "suspended" }), 1, "not a verified distributor"],
    ["a rejected distributor", listing({ distributor_status: "rejected" }), 1, "not a verified distributor"],
    ["a pending listing", listing({ status: "pending" }), 1, "is pending, not approved"],
    ["a paused listing", listing({ status: "paused" }), 1, "is paused, not approved"],
    ["a rejected listing", listing({ status: "rejected" }), 1, "is rejected, not approved"],
    ["a verified distributor whose GSTIN is suspended", listing({ distributor_gstin: "27AAFFM5678B1Z2", distributor_gstin_status: "suspended" }), 1, "GSTIN 27AAFFM5678B1Z2 is suspended"],
    ["a verified distributor whose GSTIN is cancelled", listing({ distributor_gstin_status: "cancelled" }), 1, "GSTIN is cancelled"],
    ["a verified distributor whose GSTIN is active", listing({ distributor_gstin_status: "active" }), 1, null],
    ["another variant's listing", listing({ variant_id: "variant_2" }), 1, "not an offer of variant variant_1"],
  ])("%s", (_name, subject, quantity, reason) => {
    const result = unsellableReason({ variant_id: "variant_1", quantity, listing_id: subject.id }, subject)
    if (reason === null) {
      expect(result).toBeNull()
    } else {
      expect(result).toContain(reason)
    }
  })

  it("refuses a listing that does not exist", () => {
    expect(unsellableReason({ variant_id: "v", listing_id: "lst_x" }, undefined)).toBe("Listing lst_x does not exist")
  })
})
