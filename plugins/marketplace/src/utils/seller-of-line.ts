import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

/** A cart or order line as far as who sells it matters: the listing named at add-to-cart rides in metadata. */
export type LineForSeller = {
  id: string
  variant_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type LineSeller = {
  line_id: string
  listing_id: string
  distributor_id: string
  distributor_slug: string
  distributor_name: string
  distributor_status: string
  listing_status: string
}

/** The listing a line names (metadata.listing_id, set when it was added to the cart), or null. */
export function listingIdOf(line: LineForSeller): string | null {
  const value = line.metadata?.listing_id
  return typeof value === "string" && value.length > 0 ? value : null
}

/**
 * Who sells each line: the distributor of the listing the line names, when that listing offers the line's
 * variant. Lines naming no listing (or a listing of another variant) are the operator's own and are absent
 * from the map. Add-to-cart already refused unapproved listings and unverified distributors; their statuses
 * are reported here, not re-checked, because an order that was placed must still be fulfilled by its seller.
 * One query for all lines, whatever their number.
 */
export async function sellersOfLines(query: Query, lines: LineForSeller[]): Promise<Map<string, LineSeller>> {
  const listingIds = [...new Set(lines.map(listingIdOf).filter((id): id is string => !!id))]
  const sellers = new Map<string, LineSeller>()
  if (!listingIds.length) {
    return sellers
  }
  const { data } = await query.graph({
    entity: "listing",
    fields: [
      "id",
      "variant_id",
      "status",
      "distributor.id",
      "distributor.slug",
      "distributor.legal_name",
      "distributor.trade_name",
      "distributor.status",
    ],
    filters: { id: listingIds },
  })
  type ListingRow = {
    id: string
    variant_id: string | null
    status: string
    distributor: { id: string; slug: string; legal_name: string; trade_name: string | null; status: string } | null
  }
  const byId = new Map((data as ListingRow[]).map((l) => [l.id, l]))
  for (const line of lines) {
    const listingId = listingIdOf(line)
    const listing = listingId ? byId.get(listingId) : undefined
    if (!listing?.distributor || (line.variant_id && listing.variant_id !== line.variant_id)) {
      continue
    }
    sellers.set(line.id, {
      line_id: line.id,
      listing_id: listing.id,
      distributor_id: listing.distributor.id,
      distributor_slug: listing.distributor.slug,
      distributor_name: listing.distributor.trade_name || listing.distributor.legal_name,
      distributor_status: listing.distributor.status,
      listing_status: listing.status,
    })
  }
  return sellers
}
