import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateListingInput, updateListingStep } from "./steps/update-listing"
import { validateListingUpdateStep } from "./steps/validate-listing-update"

/**
 * A distributor edits its listing. Stock and threshold change in place; a new SKU, price, MRP or proposal
 * sends an approved or rejected listing back to review, so the admin sees what the customer will.
 */
export const updateListingWorkflow = createWorkflow(
  "update-listing",
  (input: { distributor_id: string; update: UpdateListingInput }) => {
    const checked = validateListingUpdateStep(input)
    const listing = updateListingStep(checked)
    return new WorkflowResponse(listing)
  }
)
