import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSettlement } from "../../../admin/settlements/settlement-view"
import { distributorContext } from "../../../utils/distributor-context"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  res.json({ settlement: await loadSettlement(req.scope, req.params.id, context.distributor_id) })
}
