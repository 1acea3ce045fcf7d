import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listResponse } from "../../utils/list-response"
import { LISTING_FIELDS } from "../../utils/query-fields"
import type { GetAdminListingsType } from "../validators"

/** Listings across distributors; `status=pending` is the review queue. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminListingsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, distributor_id, q } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (distributor_id) filters.distributor_id = distributor_id
  if (q) filters.q = q
  const { data, metadata } = await query.graph({
    entity: "listing",
    fields: [
      ...LISTING_FIELDS,
      "distributor.id",
      "distributor.legal_name",
      "distributor.status",
      "product_variant.id",
      "product_variant.title",
      "product_variant.sku",
      "product_variant.product.title",
    ],
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json(listResponse("listings", data, metadata))
}
