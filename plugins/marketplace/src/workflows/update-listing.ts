import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateListingInput, updateListingStep } from "./steps/update-listing"
import { syncListingInventoryStep } from "./steps/sync-listing-inventory"
import { validateListingUpdateStep } from "./steps/validate-listing-update"

/**
 * A distributor edits its listing. Stock and threshold change in place; a new SKU, price, MRP or proposal
 * sends an approved or rejected listing back to review, so the admin sees what the customer will. The stock
 * is written through to the Medusa inventory level at the listing's warehouse.
 */
export const updateListingWorkflow = createWorkflow(
  "update-listing",
  (input: { distributor_id: string; update: UpdateListingInput }) => {
    const checked = validateListingUpdateStep(input)
    const listing = updateListingStep(checked)
    // Only when the stock or where it is changes: a price edit must not overwrite what Medusa's fulfilments took off the level.
    syncListingInventoryStep(
      transform({ listing, input }, ({ listing, input }) => ({
        listing_ids: ["stocked_quantity", "stock_location_id", "variant_id"].some(
          (field) => (input.update as Record<string, unknown>)[field] !== undefined
        )
          ? [listing.id]
          : [],
      }))
    )
    return new WorkflowResponse(listing)
  }
)
