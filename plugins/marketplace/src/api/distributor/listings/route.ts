import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createListingsWorkflow } from "../../../workflows/create-listings"
import { distributorContext } from "../../utils/distributor-context"
import { listResponse } from "../../utils/list-response"
import { LISTING_FIELDS } from "../../utils/query-fields"
import type { GetDistributorListingsType, PostDistributorListingType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetDistributorListingsType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, q } = req.validatedQuery
  const filters: Record<string, unknown> = { distributor_id: context.distributor_id }
  if (status) filters.status = status
  if (q) filters.q = q
  const { data, metadata } = await query.graph({
    entity: "listing",
    fields: LISTING_FIELDS,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json(listResponse("listings", data, metadata))
}

/** Offers a catalogue variant (variant_id or variant_sku) or proposes a new product; it waits for review. */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorListingType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const { draft, ...row } = req.validatedBody
  const { result } = await createListingsWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, rows: [row], draft },
  })
  res.status(201).json({ listing: result[0] })
}
