import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { asJson, exact } from "../../lib/exact"
import { ListingStatus, MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type UpdateListingInput = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  sku?: string
  price?: string
  mrp?: string
  stock_location_id?: string | null
  stocked_quantity?: number
  low_stock_threshold?: number
  proposed_product?: Record<string, unknown> | null
  status?: ListingStatus
  submitted_at?: Date | null
  reviewed_by?: string | null
  reviewed_at?: Date | null
  reason?: string | null
}

/** Updates one listing; the compensation writes back the fields it changed. */
export const updateListingStep = createStep(
  "update-listing",
  async (input: UpdateListingInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await marketplace.retrieveListing(input.id, { select: ["id", ...fields] })
    const { price, mrp, proposed_product, ...rest } = input
    const listing = await marketplace.updateListings({
      ...rest,
      ...(price !== undefined ? { price: exact(price) } : {}),
      ...(mrp !== undefined ? { mrp: exact(mrp) } : {}),
      ...(proposed_product !== undefined ? { proposed_product: proposed_product && asJson(proposed_product) } : {}),
    })
    return new StepResponse(listing, before as unknown as Record<string, unknown> & { id: string })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    // The snapshot holds exactly the fields the step changed, read before it changed them.
    await marketplace.updateListings(before as { id: string })
  }
)
