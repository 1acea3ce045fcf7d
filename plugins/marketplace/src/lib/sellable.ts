import { MedusaError } from "@medusajs/framework/utils"
import type { DistributorStatus, GstinStatus, ListingStatus } from "../modules/marketplace/constants"
import { canSell, gstinCanSell } from "../modules/marketplace/status-machine"

export type CartLineRequest = {
  variant_id?: string
  quantity?: number
  listing_id?: string
  /** Units of the same listing already in the cart on other lines (or earlier in the same request). */
  in_cart?: number
}

export type ListingForSale = {
  id: string
  variant_id: string | null
  status: ListingStatus
  stocked_quantity: number
  /**
   * What can still be promised: the Medusa inventory level at the listing's warehouse, stocked less reserved,
   * when one exists (orders placed hold reservations there); otherwise the listing's own stocked_quantity.
   */
  available?: number
  currency_code?: string
  distributor_status: DistributorStatus
  distributor_name: string
  distributor_gstin?: string
  distributor_gstin_status?: GstinStatus | null
}

export type Unsellable = { type: (typeof MedusaError.Types)[keyof typeof MedusaError.Types]; message: string }

/**
 * Why a line naming a listing cannot go into a cart (with the error type to answer with), or null when it can:
 * the quantity must be a whole number of at least one, the listing must exist, be approved, be for this
 * variant, its distributor verified with an active GSTIN, priced in the cart's currency, and it must hold the quantity together with
 * what the cart already has of it.
 */
export function unsellable(line: CartLineRequest, listing: ListingForSale | undefined, cartCurrency?: string): Unsellable | null {
  const quantity = line.quantity ?? 1
  if (!Number.isInteger(quantity) || quantity < 1) {
    return { type: MedusaError.Types.INVALID_DATA, message: `Quantity must be a whole number of at least 1; ${quantity} was given` }
  }
  if (!listing) {
    return { type: MedusaError.Types.NOT_FOUND, message: `Listing ${line.listing_id} does not exist` }
  }
  if (!listing.variant_id) {
    return { type: MedusaError.Types.NOT_ALLOWED, message: `Listing ${listing.id} proposes a product that is not in the catalogue yet` }
  }
  if (line.variant_id && listing.variant_id !== line.variant_id) {
    return { type: MedusaError.Types.INVALID_DATA, message: `Listing ${listing.id} is not an offer of variant ${line.variant_id}` }
  }
  if (!canSell(listing.distributor_status)) {
    return {
      type: MedusaError.Types.NOT_ALLOWED,
      message: `${listing.distributor_name} is not a verified distributor yet, so its listings cannot be bought`,
    }
  }
  if (!gstinCanSell(listing.distributor_gstin_status)) {
    const gstin = listing.distributor_gstin ? ` ${listing.distributor_gstin}` : ""
    return {
      type: MedusaError.Types.NOT_ALLOWED,
      message: `${listing.distributor_name}'s GSTIN${gstin} is ${listing.distributor_gstin_status}, so it cannot supply and its listings cannot be bought (CGST Rules r.21A(3))`,
    }
  }
  if (listing.status !== "approved") {
    return { type: MedusaError.Types.NOT_ALLOWED, message: `Listing ${listing.id} is ${listing.status}, not approved, so it cannot be bought` }
  }
  if (cartCurrency && listing.currency_code && listing.currency_code.toLowerCase() !== cartCurrency.toLowerCase()) {
    return {
      type: MedusaError.Types.INVALID_DATA,
      message: `Listing ${listing.id} is priced in ${listing.currency_code.toUpperCase()} but the cart is in ${cartCurrency.toUpperCase()}; use a cart of a region that sells in ${listing.currency_code.toUpperCase()}`,
    }
  }
  const available = Math.max(0, Math.min(listing.available ?? listing.stocked_quantity, listing.stocked_quantity))
  const asked = quantity + (line.in_cart ?? 0)
  if (asked > available) {
    const already = line.in_cart ? ` (${line.in_cart} already in the cart)` : ""
    return {
      type: MedusaError.Types.NOT_ALLOWED,
      message: `${listing.distributor_name} has ${available} in stock; ${asked} were asked for${already}`,
    }
  }
  return null
}

/** The reason alone, for callers that only report it. */
export function unsellableReason(line: CartLineRequest, listing: ListingForSale | undefined, cartCurrency?: string): string | null {
  return unsellable(line, listing, cartCurrency)?.message ?? null
}
