import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { unsellableReason } from "../../lib/sellable"
import { listingIdOf } from "../../utils/seller-of-line"
import { listingsForSale } from "./listings-for-sale"

type CartLine = { id: string; title: string | null; product_title: string | null; variant_id: string | null; metadata: Record<string, unknown> | null }

/**
 * Guards POST /store/carts/:id/complete: every line naming a listing must still be sellable when the order is
 * placed, not only when it was added: the listing approved, its distributor verified and its GSTIN active
 * (a GSTIN suspended since must stop supplying at once, CGST Rules r.21A(3)). Stock is not re-checked here:
 * Medusa's own reservation at completion does that. A middleware rather than completeCartWorkflow's validate
 * hook, which stays free for the app. Refuses with 400 naming the line and the distributor; nothing is written.
 */
export async function guardCartCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.variant_id", "items.metadata"],
    filters: { id: req.params.id },
  })
  const items = ((carts[0] as { items?: (CartLine | null)[] } | undefined)?.items ?? []).filter((i): i is CartLine => !!i)
  const named = items.filter((item) => listingIdOf(item))
  if (!named.length) {
    return next()
  }
  const listings = await listingsForSale(query, named.map((item) => listingIdOf(item)!))
  for (const item of named) {
    const listingId = listingIdOf(item)!
    const reason = unsellableReason({ variant_id: item.variant_id ?? undefined, quantity: 0, listing_id: listingId }, listings.get(listingId))
    if (reason) {
      const title = item.product_title ?? item.title ?? item.id
      return next(
        new MedusaError(MedusaError.Types.NOT_ALLOWED, `"${title}" (line ${item.id}) cannot be ordered any more: ${reason}. Remove it from the cart to place the order`)
      )
    }
  }
  next()
}
