/** A listing as far as its Medusa inventory goes. */
export type ListingStock = {
  id: string
  variant_id: string | null
  stock_location_id: string | null
  stocked_quantity: number
}

/** The inventory items a variant is made of, with how many of each one unit takes. */
export type VariantInventory = { variant_id: string; items: { inventory_item_id: string; required_quantity: number }[] }

export type LevelTarget = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/**
 * The inventory levels the listings put at their warehouses: for each inventory item of the listed variant,
 * the listing's stock × the item's required quantity, at the listing's stock location. Listings without a
 * catalogue variant or a warehouse, and variants whose inventory Medusa does not manage, put none.
 */
export function levelTargets(listings: ListingStock[], variants: Map<string, VariantInventory>): LevelTarget[] {
  const targets = new Map<string, LevelTarget>()
  for (const listing of listings) {
    if (!listing.variant_id || !listing.stock_location_id) continue
    for (const item of variants.get(listing.variant_id)?.items ?? []) {
      const key = `${item.inventory_item_id}|${listing.stock_location_id}`
      targets.set(key, {
        inventory_item_id: item.inventory_item_id,
        location_id: listing.stock_location_id,
        stocked_quantity: listing.stocked_quantity * Math.max(1, item.required_quantity),
      })
    }
  }
  return [...targets.values()]
}
