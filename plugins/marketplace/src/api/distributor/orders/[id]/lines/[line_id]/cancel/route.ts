import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelDistributorOrderLineWorkflow } from "../../../../../../../workflows/fulfilment-cancel-distributor-order-line"
import { distributorContext } from "../../../../../../utils/distributor-context"
import { loadDistributorOrder } from "../../../../order-view"
import type { DistributorCancelLineType } from "../../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<DistributorCancelLineType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await cancelDistributorOrderLineWorkflow(req.scope).run({
    input: {
      distributor_id: context.distributor_id,
      distributor_order_id: req.params.id,
      line_id: req.params.line_id,
      reason: req.validatedBody.reason,
    },
  })
  res.json({ distributor_order: await loadDistributorOrder(req.scope, req.params.id, context.distributor_id) })
}
