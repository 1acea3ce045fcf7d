import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DashboardQueryType } from "../../admin/marketplace/validators"
import { distributorDashboard } from "../../../workflows/steps/dashboard-queries"
import { distributorContext } from "../../utils/distributor-context"

/** Sales, orders, pending payout, top products and fulfilment rate of the distributor's own orders. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DashboardQueryType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { from, to } = req.validatedQuery
  res.json({ dashboard: await distributorDashboard(knex, context.distributor_id, { from, to }) })
}
