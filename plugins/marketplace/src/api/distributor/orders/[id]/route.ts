import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { distributorContext } from "../../../utils/distributor-context"
import { loadDistributorOrder } from "../order-view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  res.json({ distributor_order: await loadDistributorOrder(req.scope, req.params.id, context.distributor_id) })
}
