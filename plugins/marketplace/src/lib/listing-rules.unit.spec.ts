import { ListingContext, validateListingRow, validateListingRows } from "./listing-rules"

const context = (): ListingContext => ({
  variantsById: new Map([
    ["variant_kaju", { id: "variant_kaju", product_id: "prod_kaju", sku: "KAJU-500" }],
    ["variant_ghee", { id: "variant_ghee", product_id: "prod_ghee", sku: "GHEE-1L" }],
  ]),
  variantsBySku: new Map([
    ["KAJU-500", { id: "variant_kaju", product_id: "prod_kaju", sku: "KAJU-500" }],
    ["GHEE-1L", { id: "variant_ghee", product_id: "prod_ghee", sku: "GHEE-1L" }],
  ]),
  takenSkus: new Set(["OLD-1"]),
  listedVariantIds: new Set(["variant_listed"]),
  stockLocationIds: ["sloc_own"],
})

describe("listing validation", () => {
  it("accepts an offer of a catalogue variant and normalises amounts to paise-exact rupees", () => {
    const { listing, errors } = validateListingRow(
      { variant_id: "variant_kaju", sku: "SHAH-KAJU", price: "612.5", mrp: 640, stocked_quantity: "25", low_stock_threshold: 5 },
      context()
    )
    expect(errors).toEqual([])
    expect(listing).toEqual({
      product_id: "prod_kaju",
      variant_id: "variant_kaju",
      proposed_product: null,
      sku: "SHAH-KAJU",
      price: "612.50",
      mrp: "640.00",
      stock_location_id: "sloc_own",
      stocked_quantity: 25,
      low_stock_threshold: 5,
    })
  })

  it("finds the variant by catalogue SKU", () => {
    const { listing } = validateListingRow({ variant_sku: "GHEE-1L", sku: "S-G", price: "500", mrp: "550" }, context())
    expect(listing?.variant_id).toBe("variant_ghee")
  })

  it("accepts a new-product proposal with a title", () => {
    const { listing, errors } = validateListingRow(
      { proposed_product: { title: "Kesar Peda 250 g" }, sku: "S-PEDA", price: "180", mrp: "200" },
      context()
    )
    expect(errors).toEqual([])
    expect(listing).toMatchObject({ variant_id: null, product_id: null, proposed_product: { title: "Kesar Peda 250 g" } })
  })

  it.each([
    [{ variant_id: "variant_none", sku: "S", price: "1", mrp: "1" }, "variant_id", "no product variant variant_none"],
    [{ variant_sku: "NOPE", sku: "S", price: "1", mrp: "1" }, "variant_sku", 'no product variant with SKU "NOPE"'],
    [{ sku: "S", price: "1", mrp: "1" }, "variant_id", "name the catalogue variant"],
    [{ variant_id: "variant_kaju", price: "1", mrp: "1" }, "sku", "SKU for this item is required"],
    [{ variant_id: "variant_kaju", sku: "OLD-1", price: "1", mrp: "1" }, "sku", 'already use SKU "OLD-1"'],
    [{ variant_id: "variant_kaju", sku: "S", price: "-5", mrp: "10" }, "price", "more than zero"],
    [{ variant_id: "variant_kaju", sku: "S", price: "0", mrp: "10" }, "price", "more than zero"],
    [{ variant_id: "variant_kaju", sku: "S", price: "12.345", mrp: "20" }, "price", "up to two decimals"],
    [{ variant_id: "variant_kaju", sku: "S", price: "abc", mrp: "20" }, "price", "not an amount"],
    [{ variant_id: "variant_kaju", sku: "S", mrp: "20" }, "price", "required"],
    [{ variant_id: "variant_kaju", sku: "S", price: "20.01", mrp: "20" }, "price", "above the MRP of ₹20.00"],
    [{ variant_id: "variant_kaju", sku: "S", price: "10", mrp: "20", stocked_quantity: "-1" }, "stocked_quantity", "whole number"],
    [{ variant_id: "variant_kaju", sku: "S", price: "10", mrp: "20", low_stock_threshold: "2.5" }, "low_stock_threshold", "whole number"],
    [{ variant_id: "variant_kaju", sku: "S", price: "10", mrp: "20", stock_location_id: "sloc_other" }, "stock_location_id", "not one of your warehouses"],
    [{ proposed_product: { title: "" }, sku: "S", price: "10", mrp: "20" }, "proposed_product", "needs a title"],
  ])("rejects %j on %s", (row, field, message) => {
    const { listing, errors } = validateListingRow(row, context())
    expect(listing).toBeNull()
    expect(errors).toContainEqual({ field, message: expect.stringContaining(message) })
  })

  it("rejects a variant the distributor already lists", () => {
    const ctx = context()
    ctx.variantsById.set("variant_listed", { id: "variant_listed", product_id: "p" })
    const { errors } = validateListingRow({ variant_id: "variant_listed", sku: "NEW", price: "1", mrp: "1" }, ctx)
    expect(errors[0]).toEqual({ field: "variant_id", message: expect.stringContaining("already list") })
  })

  it("allows price equal to MRP", () => {
    expect(validateListingRow({ variant_id: "variant_kaju", sku: "S", price: "640", mrp: "640.00" }, context()).errors).toEqual([])
  })

  it("reports every bad row of a batch with its row number, and a SKU or variant repeated within the batch", () => {
    const { listings, errors } = validateListingRows(
      [
        { variant_id: "variant_kaju", sku: "A", price: "10", mrp: "12" },
        { variant_id: "variant_ghee", sku: "A", price: "10", mrp: "12" },
        { variant_id: "variant_kaju", sku: "B", price: "15", mrp: "12" },
      ],
      context(),
      2
    )
    expect(listings).toHaveLength(1)
    expect(errors).toEqual([
      { row: 3, field: "sku", message: expect.stringContaining('already use SKU "A"') },
      { row: 4, field: "variant_id", message: expect.stringContaining("already list variant variant_kaju") },
      { row: 4, field: "price", message: expect.stringContaining("above the MRP") },
    ])
  })
})
