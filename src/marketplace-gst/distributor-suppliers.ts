import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

/** A cart or order line as far as its supplier matters: the marketplace names the listing in metadata.listing_id. */
export type SuppliedLine = { id: string; variant_id?: string | null; metadata?: Record<string, unknown> | null }

type DistributorAddress = {
  type?: string
  address_1?: string
  address_2?: string | null
  city?: string
  postal_code?: string
}

type ListingRow = {
  id: string
  variant_id: string | null
  distributor: {
    id: string
    gstin: string
    legal_name: string
    trade_name: string | null
    addresses: DistributorAddress[] | null
  } | null
}

/** What @haat/gst's resolveSupplier hook takes for a line supplied under another GSTIN. */
export type DistributorSupplier = {
  gstin: string
  legal_name: string
  trade_name: string | null
  address: { address_line_1: string; address_line_2: string | null; city: string; postal_code: string } | null
}

function listingIdOf(line: SuppliedLine): string | null {
  const value = line.metadata?.listing_id
  return typeof value === "string" && value ? value : null
}

/**
 * The principal place of business a tax invoice prints (CGST Rules r.46(a)): the registered address, else the
 * first address the distributor gave.
 */
function principalPlace(addresses: DistributorAddress[] | null): DistributorSupplier["address"] {
  const list = (addresses ?? []).filter((a) => a?.address_1 && a.city && a.postal_code)
  const place = list.find((a) => a.type === "registered") ?? list[0]
  return place
    ? { address_line_1: place.address_1!, address_line_2: place.address_2 ?? null, city: place.city!, postal_code: place.postal_code! }
    : null
}

/**
 * The distributor that supplies each line naming a listing of the line's own variant, by line id (one query for
 * all lines). Under GST the goods a distributor sells through the store are its own supply, in its own GSTIN
 * (CGST Act s.2(45) and s.52: the operator only collects the price). Lines of the store's own stock are absent.
 * Statuses are not checked here: an order already placed stays its supplier's to invoice; whether a line may
 * still be sold is the marketplace's check at add-to-cart and at completion.
 */
export async function distributorSuppliers(query: Query, lines: SuppliedLine[]): Promise<Record<string, DistributorSupplier>> {
  const listingIds = [...new Set(lines.map(listingIdOf).filter((id): id is string => !!id))]
  if (!listingIds.length) {
    return {}
  }
  const { data } = await query.graph({
    entity: "listing",
    fields: [
      "id",
      "variant_id",
      "distributor.id",
      "distributor.gstin",
      "distributor.legal_name",
      "distributor.trade_name",
      "distributor.addresses",
    ],
    filters: { id: listingIds },
  })
  const listings = new Map((data as ListingRow[]).map((row) => [row.id, row]))
  const suppliers: Record<string, DistributorSupplier> = {}
  for (const line of lines) {
    const listing = listings.get(listingIdOf(line) ?? "")
    if (!listing?.distributor || (line.variant_id && listing.variant_id !== line.variant_id)) {
      continue
    }
    const { distributor } = listing
    suppliers[line.id] = {
      gstin: distributor.gstin,
      legal_name: distributor.legal_name,
      trade_name: distributor.trade_name ?? null,
      address: principalPlace(distributor.addresses),
    }
  }
  return suppliers
}
