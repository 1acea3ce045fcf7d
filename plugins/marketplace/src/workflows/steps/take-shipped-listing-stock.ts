import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

type Stock = { id: string; stocked_quantity: number }

/**
 * Shipped units leave the distributor's warehouse. Medusa's fulfilment takes them off the inventory level (where
 * the order's reservation was); the listing's stocked_quantity mirrors that level, so it drops by the same units
 * here — one decrement of the stock, recorded in both places. Compensation puts the listings' stock back.
 */
export const takeShippedListingStockStep = createStep(
  "take-shipped-listing-stock",
  async (input: { distributor_order_line_ids: string[] }, { container }) => {
    if (!input.distributor_order_line_ids?.length) {
      return new StepResponse([] as Stock[], [] as Stock[])
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const lines = await marketplace.listDistributorOrderLines(
      { id: input.distributor_order_line_ids },
      { select: ["id", "listing_id", "quantity", "returned_quantity"], take: null }
    )
    const shipped = new Map<string, number>()
    for (const line of lines) {
      if (line.listing_id) shipped.set(line.listing_id, (shipped.get(line.listing_id) ?? 0) + Number(line.quantity))
    }
    if (!shipped.size) {
      return new StepResponse([] as Stock[], [] as Stock[])
    }
    const listings = await marketplace.listListings({ id: [...shipped.keys()] }, { select: ["id", "stocked_quantity"], take: null })
    const before: Stock[] = listings.map((l) => ({ id: l.id, stocked_quantity: l.stocked_quantity }))
    const after: Stock[] = listings.map((l) => ({ id: l.id, stocked_quantity: Math.max(0, l.stocked_quantity - (shipped.get(l.id) ?? 0)) }))
    await marketplace.updateListings(after)
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.updateListings(before)
  }
)
