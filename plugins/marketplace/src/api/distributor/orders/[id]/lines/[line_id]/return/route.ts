import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptDistributorReturnWorkflow } from "../../../../../../../workflows/fulfilment-accept-distributor-return"
import { distributorContext } from "../../../../../../utils/distributor-context"
import { loadDistributorOrder } from "../../../../order-view"
import type { DistributorAcceptReturnType } from "../../../../validators"

/**
 * Accepts goods back on a shipped line: a Medusa return, received at the distributor's warehouse. The next
 * settlement deducts it; with GST, the credit note follows from Medusa's order.return_received.
 */
export async function POST(req: AuthenticatedMedusaRequest<DistributorAcceptReturnType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await acceptDistributorReturnWorkflow(req.scope).run({
    input: {
      distributor_id: context.distributor_id,
      distributor_order_id: req.params.id,
      line_id: req.params.line_id,
      quantity: req.validatedBody.quantity,
      accepted_by: req.auth_context.actor_id,
    },
  })
  res.json({ distributor_order: await loadDistributorOrder(req.scope, req.params.id, context.distributor_id) })
}
