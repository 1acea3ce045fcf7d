import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { CatalogueVariant, ListingContext, ListingRowInput } from "./listing-rules"

/**
 * What listing validation needs to know, read in four set-based queries however many rows there are:
 * the variants the rows name (by id or catalogue SKU), the distributor's SKUs and listed variants, and its warehouses.
 */
export async function loadListingContext(
  query: Omit<RemoteQueryFunction, symbol>,
  distributorId: string,
  rows: ListingRowInput[]
): Promise<ListingContext> {
  const ids = [...new Set(rows.map((r) => r.variant_id).filter((v): v is string => !!v))]
  const skus = [...new Set(rows.map((r) => r.variant_sku).filter((v): v is string => !!v))]
  const variantsById = new Map<string, CatalogueVariant>()
  const variantsBySku = new Map<string, CatalogueVariant>()
  const read = async (filters: Record<string, unknown>) => {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "sku"], filters })
    for (const v of data as CatalogueVariant[]) {
      variantsById.set(v.id, v)
      if (v.sku) variantsBySku.set(v.sku, v)
    }
  }
  if (ids.length) await read({ id: ids })
  if (skus.length) await read({ sku: skus })

  const { data: listings } = await query.graph({
    entity: "listing",
    fields: ["id", "sku", "variant_id"],
    filters: { distributor_id: distributorId },
  })
  const { data: distributors } = await query.graph({
    entity: "distributor",
    fields: ["id", "stock_locations.id"],
    filters: { id: distributorId },
  })
  const locations = ((distributors[0]?.stock_locations ?? []) as Array<{ id: string } | null>).filter(
    (l): l is { id: string } => !!l
  )
  return {
    variantsById,
    variantsBySku,
    takenSkus: new Set(listings.map((l: { sku: string }) => l.sku)),
    listedVariantIds: new Set(
      listings.map((l: { variant_id: string | null }) => l.variant_id).filter((v: string | null): v is string => !!v)
    ),
    stockLocationIds: locations.map((l) => l.id),
  }
}
