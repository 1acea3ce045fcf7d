import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PrepareListingLineItemsInput, prepareListingLineItemsStep } from "./steps/prepare-listing-line-items"

/**
 * Puts a distributor's listing into a cart at the listing's price: the line is a custom-price line carrying
 * metadata.listing_id, added through Medusa's own addToCartWorkflow (which merges it with a line of the same
 * listing and price, confirms inventory and refreshes totals, taxes and promotions). Claims no hook.
 */
export const addListingToCartWorkflow = createWorkflow("add-listing-to-cart", (input: PrepareListingLineItemsInput) => {
  const items = prepareListingLineItemsStep(input)
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
  return new WorkflowResponse(items)
})
