import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { setBuyerTaxContextWorkflow } from "../../../../../../workflows/set-buyer-tax-context"
import type { PostCartBuyerType } from "../../validators"

/** POST /store/gst/carts/:id/buyer — puts the buyer's GSTIN (and SEZ status) on the cart and retaxes it. */
export async function POST(req: MedusaRequest<PostCartBuyerType>, res: MedusaResponse) {
  await setBuyerTaxContextWorkflow(req.scope).run({
    input: { cart_id: req.params.id, gstin: req.validatedBody.gstin, sez: !!req.validatedBody.sez },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ cart })
}
