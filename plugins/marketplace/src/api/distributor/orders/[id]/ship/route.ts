import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipDistributorOrderWorkflow } from "../../../../../workflows/fulfilment-ship-distributor-order"
import { distributorContext } from "../../../../utils/distributor-context"
import { loadDistributorOrder } from "../../order-view"
import type { DistributorShipOrderType } from "../../validators"

/** Marks the distributor's part shipped with its tracking number; the customer's order follows. */
export async function POST(req: AuthenticatedMedusaRequest<DistributorShipOrderType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await shipDistributorOrderWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, distributor_order_id: req.params.id, ...req.validatedBody },
  })
  res.json({ distributor_order: await loadDistributorOrder(req.scope, req.params.id, context.distributor_id) })
}
