import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSettlement } from "../settlement-view"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settlement: await loadSettlement(req.scope, req.params.id) })
}
