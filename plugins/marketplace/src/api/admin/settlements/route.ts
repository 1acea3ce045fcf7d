import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listResponse } from "../../utils/list-response"
import { SETTLEMENT_FIELDS } from "./settlement-view"
import type { AdminGetSettlementsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetSettlementsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { distributor_id, status } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (distributor_id) filters.distributor_id = distributor_id
  if (status) filters.status = status
  const { data, metadata } = await query.graph({
    entity: "settlement",
    fields: [...SETTLEMENT_FIELDS, "distributor.slug", "distributor.legal_name", "distributor.trade_name"],
    filters,
    pagination: { ...req.queryConfig.pagination, order: { period_start: "DESC", created_at: "DESC" } },
  })
  res.json(listResponse("settlements", data, metadata))
}
