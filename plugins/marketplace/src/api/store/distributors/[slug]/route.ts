import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const PUBLIC_FIELDS = ["id", "slug", "legal_name", "trade_name", "description", "website", "state_code", "gstin", "verified_at"]

/**
 * A distributor's storefront: its public profile and approved listings. Only a verified distributor has one;
 * any other answers 404, as if it did not exist.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [distributor],
  } = await query.graph({
    entity: "distributor",
    fields: PUBLIC_FIELDS,
    filters: { slug: req.params.slug, status: "verified" },
  })
  if (!distributor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No distributor sells as "${req.params.slug}"`)
  }
  const { data: listings } = await query.graph({
    entity: "listing",
    fields: [
      "id",
      "product_id",
      "variant_id",
      "sku",
      "price",
      "mrp",
      "currency_code",
      "stocked_quantity",
      "product_variant.title",
      "product_variant.product.title",
      "product_variant.product.handle",
      "product_variant.product.thumbnail",
    ],
    filters: { distributor_id: distributor.id, status: "approved" },
  })
  res.json({
    distributor,
    listings: (listings as { stocked_quantity: number }[]).map((l) => ({ ...l, in_stock: l.stocked_quantity > 0 })),
  })
}
