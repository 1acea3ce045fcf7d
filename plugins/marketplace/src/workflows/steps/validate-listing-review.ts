import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { UpdateListingInput } from "./update-listing"

export type ReviewListingInput = {
  id: string
  status: "approved" | "rejected"
  reason?: string | null
  /** For a new-product proposal: the catalogue variant the admin created for it. */
  variant_id?: string | null
  reviewed_by: string
}

export const validateListingReviewStep = createStep(
  "validate-listing-review",
  async (input: ReviewListingInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const listing = await marketplace.retrieveListing(input.id)
    if (listing.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Listing ${listing.sku} is ${listing.status}; only a pending listing can be reviewed`
      )
    }
    if (input.status === "rejected" && !input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A reason is required to reject a listing; the distributor sees it and can correct the listing"
      )
    }
    const update: UpdateListingInput = {
      id: listing.id,
      status: input.status,
      reason: input.reason?.trim() || null,
      reviewed_by: input.reviewed_by,
      reviewed_at: new Date(),
    }
    if (input.status === "approved" && !listing.variant_id) {
      if (!input.variant_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Listing ${listing.sku} proposes a new product: create the product, then approve with its variant_id`
        )
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: input.variant_id },
      })
      if (!data[0]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `No product variant ${input.variant_id} in the catalogue`)
      }
      Object.assign(update, { variant_id: data[0].id, product_id: data[0].product_id })
    }
    return new StepResponse(update)
  }
)
