import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { distributorContext } from "../../utils/distributor-context"
import { listResponse } from "../../utils/list-response"
import { DISTRIBUTOR_ORDER_FIELDS } from "./order-view"
import type { DistributorGetOrdersType } from "./validators"

/** The distributor's own part of customers' orders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DistributorGetOrdersType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { distributor_id: context.distributor_id }
  if (req.validatedQuery.status) filters.status = req.validatedQuery.status
  const { data, metadata } = await query.graph({
    entity: "distributor_order",
    fields: DISTRIBUTOR_ORDER_FIELDS,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  res.json(listResponse("distributor_orders", data, metadata))
}
