import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveListingReservationsStep } from "./steps/move-listing-reservations"

/** A placed order's lines sold from listings hold their stock at the distributors' warehouses. */
export const moveListingReservationsWorkflow = createWorkflow("move-listing-reservations", (input: { order_id: string }) => {
  return new WorkflowResponse(moveListingReservationsStep(input))
})
