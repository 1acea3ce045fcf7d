import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CartLineRequest, unsellableReason } from "../../lib/sellable"
import { listingsForSale } from "./listings-for-sale"

type RawLine = { variant_id?: unknown; quantity?: unknown; metadata?: { listing_id?: unknown } | null }

function linesOf(req: MedusaRequest): CartLineRequest[] {
  const body = (req.body ?? {}) as RawLine & { items?: RawLine[] }
  const raw: RawLine[] = Array.isArray(body.items) ? body.items : [body]
  return raw
    .filter((line) => typeof line?.metadata?.listing_id === "string")
    .map((line) => ({
      variant_id: typeof line.variant_id === "string" ? line.variant_id : undefined,
      quantity: typeof line.quantity === "number" ? line.quantity : undefined,
      listing_id: line.metadata!.listing_id as string,
    }))
}

/**
 * Guards POST /store/carts and POST /store/carts/:id/line-items: a line that names a distributor's listing
 * (metadata.listing_id) is accepted only if that listing is approved, its distributor verified with an active
 * GSTIN, and it has the stock. A middleware rather than addToCartWorkflow's validate hook, so the hook stays free for the app.
 */
export async function guardSellableListings(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const lines = linesOf(req)
  if (!lines.length) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const byId = await listingsForSale(query, lines.map((l) => l.listing_id as string))
  for (const line of lines) {
    const reason = unsellableReason(line, byId.get(line.listing_id as string))
    if (reason) {
      return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, reason))
    }
  }
  next()
}
