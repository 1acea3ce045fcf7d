import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewListingInput, validateListingReviewStep } from "./steps/validate-listing-review"
import { syncListingInventoryStep } from "./steps/sync-listing-inventory"
import { updateListingStep } from "./steps/update-listing"

export const LISTING_REVIEWED = "listing.reviewed"

/** The admin approves or rejects a pending listing; a rejection carries the reason the distributor sees. */
export const reviewListingWorkflow = createWorkflow("review-listing", (input: ReviewListingInput) => {
  const update = validateListingReviewStep(input)
  const listing = updateListingStep(update)
  // Approving a proposal gives the listing its catalogue variant: from then on its stock is that variant's.
  syncListingInventoryStep(transform({ listing }, ({ listing }) => ({ listing_ids: [listing.id] })))
  emitEventStep({
    eventName: LISTING_REVIEWED,
    data: transform({ listing }, ({ listing }) => ({
      id: listing.id,
      distributor_id: listing.distributor_id,
      status: listing.status,
      reason: listing.reason,
    })),
  })
  return new WorkflowResponse(listing)
})
