import { levelTargets, ListingStock, VariantInventory } from "./listing-inventory"
import { availableAt } from "./listing-cart"

const listing = (overrides: Partial<ListingStock> = {}): ListingStock => ({
  id: "lst_1",
  variant_id: "variant_1",
  stock_location_id: "sloc_dist",
  stocked_quantity: 5,
  ...overrides,
})
const variants = new Map<string, VariantInventory>([
  ["variant_1", { variant_id: "variant_1", items: [{ inventory_item_id: "iitem_1", required_quantity: 1 }] }],
  // A gift box made of two tins of one item and one of another.
  ["variant_box", { variant_id: "variant_box", items: [{ inventory_item_id: "iitem_tin", required_quantity: 2 }, { inventory_item_id: "iitem_card", required_quantity: 1 }] }],
])

describe("the inventory levels listings put at their warehouses", () => {
  it.each([
    ["a listing's stock at its warehouse", [listing()], [{ inventory_item_id: "iitem_1", location_id: "sloc_dist", stocked_quantity: 5 }]],
    ["zero stock is a level of zero", [listing({ stocked_quantity: 0 })], [{ inventory_item_id: "iitem_1", location_id: "sloc_dist", stocked_quantity: 0 }]],
    [
      "a kit: stock × each item's required quantity",
      [listing({ variant_id: "variant_box", stocked_quantity: 3 })],
      [
        { inventory_item_id: "iitem_tin", location_id: "sloc_dist", stocked_quantity: 6 },
        { inventory_item_id: "iitem_card", location_id: "sloc_dist", stocked_quantity: 3 },
      ],
    ],
    ["a proposal without a variant", [listing({ variant_id: null })], []],
    ["a listing without a warehouse", [listing({ stock_location_id: null })], []],
    ["a variant whose inventory Medusa does not manage", [listing({ variant_id: "variant_unmanaged" })], []],
    [
      "two warehouses of the same variant",
      [listing(), listing({ id: "lst_2", stock_location_id: "sloc_other", stocked_quantity: 8 })],
      [
        { inventory_item_id: "iitem_1", location_id: "sloc_dist", stocked_quantity: 5 },
        { inventory_item_id: "iitem_1", location_id: "sloc_other", stocked_quantity: 8 },
      ],
    ],
  ])("%s", (_name, listings, expected) => {
    expect(levelTargets(listings, variants)).toEqual(expected)
  })
})

describe("units still free at a warehouse", () => {
  const level = (location_id: string, stocked_quantity: number, reserved_quantity: number) => ({ location_id, stocked_quantity, reserved_quantity })
  const variant = (items: { required_quantity: number; levels: ReturnType<typeof level>[] }[], manage_inventory = true) => ({
    id: "variant_1",
    manage_inventory,
    inventory_items: items.map((i) => ({ required_quantity: i.required_quantity, inventory: { location_levels: i.levels } })),
  })

  it.each([
    ["stocked less reserved", variant([{ required_quantity: 1, levels: [level("sloc_dist", 5, 2), level("sloc_op", 500, 0)] }]), 3],
    ["none left", variant([{ required_quantity: 1, levels: [level("sloc_dist", 2, 2)] }]), 0],
    ["a kit: the scarcest item decides", variant([{ required_quantity: 2, levels: [level("sloc_dist", 7, 0)] }, { required_quantity: 1, levels: [level("sloc_dist", 10, 1)] }]), 3],
    ["no level at the warehouse", variant([{ required_quantity: 1, levels: [level("sloc_op", 500, 0)] }]), null],
    ["inventory not managed", variant([{ required_quantity: 1, levels: [level("sloc_dist", 5, 0)] }], false), null],
  ])("%s", (_name, subject, expected) => {
    expect(availableAt(subject, "sloc_dist")).toBe(expected)
  })

  it("knows nothing without a variant or a warehouse", () => {
    expect(availableAt(undefined, "sloc_dist")).toBeNull()
    expect(availableAt(variant([{ required_quantity: 1, levels: [level("sloc_dist", 5, 0)] }]), null)).toBeNull()
  })
})
