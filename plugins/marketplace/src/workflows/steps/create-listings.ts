import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { asJson, exact } from "../../lib/exact"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type CreateListingInput = {
  distributor_id: string
  product_id?: string | null
  variant_id?: string | null
  proposed_product?: Record<string, unknown> | null
  sku: string
  /** Rupees as an exact decimal string, e.g. "612.50". */
  price: string
  mrp: string
  currency_code?: string
  stock_location_id?: string | null
  stocked_quantity?: number
  low_stock_threshold?: number
  status: "draft" | "pending"
  submitted_at?: Date | null
}

/** Creates all the listings in one call, so a batch is written whole or not at all. */
export const createListingsStep = createStep(
  "create-listings",
  async (input: CreateListingInput[], { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const listings = await marketplace.createListings(
      input.map((listing) => ({
        ...listing,
        price: exact(listing.price),
        mrp: exact(listing.mrp),
        proposed_product: listing.proposed_product ? asJson(listing.proposed_product) : null,
      }))
    )
    return new StepResponse(
      listings,
      listings.map((l) => l.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteListings(ids)
  }
)
