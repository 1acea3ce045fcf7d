import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetSettlementsType } from "../../admin/settlements/validators"
import { SETTLEMENT_FIELDS } from "../../admin/settlements/settlement-view"
import { distributorContext } from "../../utils/distributor-context"
import { listResponse } from "../../utils/list-response"

/** The distributor's own settlements, latest period first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetSettlementsType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { distributor_id: context.distributor_id }
  if (req.validatedQuery.status) filters.status = req.validatedQuery.status
  const { data, metadata } = await query.graph({
    entity: "settlement",
    fields: SETTLEMENT_FIELDS,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { period_start: "DESC" } },
  })
  res.json(listResponse("settlements", data, metadata))
}
