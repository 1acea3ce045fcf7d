import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listResponse } from "../../utils/list-response"
import { DISTRIBUTOR_FIELDS } from "../../utils/query-fields"
import type { GetAdminDistributorsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminDistributorsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, q } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.q = q
  const { data, metadata } = await query.graph({
    entity: "distributor",
    fields: DISTRIBUTOR_FIELDS,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json(listResponse("distributors", data, metadata))
}
