import { ListingForSale, unsellable, unsellableReason } from "./sellable"

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

describe("quantity, currency and stock already in the cart", () => {
  it.each([
    ["a negative quantity", { quantity: -1 }, listing(), undefined, "Quantity must be a whole number of at least 1; -1 was given"],
    ["zero", { quantity: 0 }, listing(), undefined, "Quantity must be a whole number of at least 1; 0 was given"],
    ["a fraction", { quantity: 1.5 }, listing(), undefined, "Quantity must be a whole number of at least 1; 1.5 was given"],
    ["another currency", { quantity: 1 }, listing({ currency_code: "usd" }), "inr", "is priced in USD but the cart is in INR"],
    ["the same currency in capitals", { quantity: 1 }, listing({ currency_code: "INR" }), "inr", null],
    ["stock counted with the cart's other lines", { quantity: 4, in_cart: 7 }, listing(), "inr", "has 10 in stock; 11 were asked for (7 already in the cart)"],
    ["exactly the stock with the cart's other lines", { quantity: 3, in_cart: 7 }, listing(), "inr", null],
    ["units reserved for placed orders", { quantity: 4 }, listing({ available: 3 }), "inr", "has 3 in stock; 4 were asked for"],
    ["a level above the listing's stock counts as the listing's", { quantity: 11 }, listing({ available: 50 }), "inr", "has 10 in stock"],
    ["a level below zero counts as none", { quantity: 1 }, listing({ available: -2 }), "inr", "has 0 in stock; 1 were asked for"],
    ["a proposal without a catalogue variant", { quantity: 1 }, listing({ variant_id: null }), "inr", "proposes a product that is not in the catalogue yet"],
  ] as const)("%s", (_name, line, subject, currency, reason) => {
    const result = unsellableReason({ listing_id: subject.id, ...line }, subject, currency)
    if (reason === null) {
      expect(result).toBeNull()
    } else {
      expect(result).toContain(reason)
    }
  })

  it("answers with the error type a client can act on", () => {
    expect(unsellable({ listing_id: "lst_x" }, undefined)?.type).toBe("not_found")
    expect(unsellable({ listing_id: "lst_1", quantity: 0 }, listing())?.type).toBe("invalid_data")
    expect(unsellable({ listing_id: "lst_1" }, listing({ currency_code: "usd" }), "inr")?.type).toBe("invalid_data")
    expect(unsellable({ listing_id: "lst_1", quantity: 11 }, listing())?.type).toBe("not_allowed")
    expect(unsellable({ listing_id: "lst_1", quantity: 10 }, listing())).toBeNull()
  })
})
