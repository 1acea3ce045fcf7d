import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createListingsStep } from "./steps/create-listings"
import { syncListingInventoryStep } from "./steps/sync-listing-inventory"
import { ValidateListingRowsInput, validateListingRowsStep } from "./steps/validate-listing-rows"

export const LISTINGS_SUBMITTED = "listing.submitted"

/**
 * Validates every row first and writes them all in one call, so a batch (a form or a CSV file) is
 * written whole or not at all. New listings wait for the admin's review; their stock becomes the Medusa
 * inventory level at their warehouse at once.
 */
export const createListingsWorkflow = createWorkflow(
  "create-listings",
  (input: ValidateListingRowsInput & { draft?: boolean }) => {
    const valid = validateListingRowsStep(input)
    const listings = createListingsStep(
      transform({ valid, input }, ({ valid, input }) =>
        valid.map((listing) => ({
          ...listing,
          distributor_id: input.distributor_id,
          status: input.draft ? ("draft" as const) : ("pending" as const),
          submitted_at: input.draft ? null : new Date(),
        }))
      )
    )
    // The stock is the warehouse's stock whether or not the listing is approved yet.
    syncListingInventoryStep(transform({ listings }, ({ listings }) => ({ listing_ids: listings.map((l) => l.id) })))
    emitEventStep({
      eventName: LISTINGS_SUBMITTED,
      data: transform({ listings }, ({ listings }) => listings.map((l) => ({ id: l.id, distributor_id: l.distributor_id }))),
    })
    return new WorkflowResponse(listings)
  }
)
