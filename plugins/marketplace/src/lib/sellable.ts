import type { DistributorStatus, GstinStatus, ListingStatus } from "../modules/marketplace/constants"
import { canSell, gstinCanSell } from "../modules/marketplace/status-machine"

export type CartLineRequest = { variant_id?: string; quantity?: number; listing_id?: string }

export type ListingForSale = {
  id: string
  variant_id: string | null
  status: ListingStatus
  stocked_quantity: number
  distributor_status: DistributorStatus
  distributor_name: string
  distributor_gstin?: string
  distributor_gstin_status?: GstinStatus | null
}

/**
 * Why a line naming a listing cannot go into a cart, or null when it can: the listing must be approved,
 * for this variant, its distributor verified with an active GSTIN, and it must hold the quantity.
 */
export function unsellableReason(line: CartLineRequest, listing: ListingForSale | undefined): string | null {
  if (!listing) {
    return `Listing ${line.listing_id} does not exist`
  }
  if (line.variant_id && listing.variant_id !== line.variant_id) {
    return `Listing ${listing.id} is not an offer of variant ${line.variant_id}`
  }
  if (!canSell(listing.distributor_status)) {
    return `${listing.distributor_name} is not a verified distributor yet, so its listings cannot be bought`
  }
  if (!gstinCanSell(listing.distributor_gstin_status)) {
    const gstin = listing.distributor_gstin ? ` ${listing.distributor_gstin}` : ""
    return `${listing.distributor_name}'s GSTIN${gstin} is ${listing.distributor_gstin_status}, so it cannot supply and its listings cannot be bought (CGST Rules r.21A(3))`
  }
  if (listing.status !== "approved") {
    return `Listing ${listing.id} is ${listing.status}, not approved, so it cannot be bought`
  }
  const quantity = line.quantity ?? 1
  if (quantity > listing.stocked_quantity) {
    return `${listing.distributor_name} has ${listing.stocked_quantity} in stock; ${quantity} were asked for`
  }
  return null
}
