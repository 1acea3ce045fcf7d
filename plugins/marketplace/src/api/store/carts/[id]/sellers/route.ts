import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sellersOfLines } from "../../../../../utils/seller-of-line"

/** Which distributor sells each cart line; null for the operator's own lines. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.variant_id", "items.metadata"],
    filters: { id: req.params.id },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  }
  const items = (cart.items ?? []) as { id: string; variant_id: string | null; metadata: Record<string, unknown> | null }[]
  const sellers = await sellersOfLines(query, items)
  res.json({
    sellers: items.map((item) => {
      const seller = sellers.get(item.id)
      return {
        line_item_id: item.id,
        listing_id: seller?.listing_id ?? null,
        distributor: seller
          ? { id: seller.distributor_id, slug: seller.distributor_slug, name: seller.distributor_name }
          : null,
      }
    }),
  })
}
