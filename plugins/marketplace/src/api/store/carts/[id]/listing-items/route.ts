import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addListingToCartWorkflow } from "../../../../../workflows/add-listing-to-cart"
import type { PostStoreListingItemType } from "../../../validators"

/** Adds units of a distributor's listing to the cart at the listing's price; answers like Medusa's line-items route. */
export async function POST(req: MedusaRequest<PostStoreListingItemType>, res: MedusaResponse) {
  const { listing_id, quantity, metadata } = req.validatedBody
  await addListingToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, items: [{ listing_id, quantity, metadata }] },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
