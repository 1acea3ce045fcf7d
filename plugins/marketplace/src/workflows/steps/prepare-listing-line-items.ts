import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ListingLineItem, ListingLineRequest, loadCartForListing, prepareListingLines } from "../../lib/listing-cart"

export type PrepareListingLineItemsInput = { cart_id: string; items: ListingLineRequest[] }

/**
 * Checks that each listing can go into the cart (approved, verified distributor, cart's currency, stock after
 * what the cart already holds) and turns it into a line at the listing's price. Reads only.
 */
export const prepareListingLineItemsStep = createStep(
  "prepare-listing-line-items",
  async (input: PrepareListingLineItemsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cart = await loadCartForListing(query, input.cart_id)
    const items = await prepareListingLines(query, cart, input.items)
    return new StepResponse<ListingLineItem[]>(items)
  }
)
