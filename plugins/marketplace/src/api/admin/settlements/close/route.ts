import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeSettlementsForPeriod } from "../../../../workflows/close-settlements-for-period"
import { loadSettlement } from "../settlement-view"
import type { AdminCloseSettlementsType } from "../validators"

/**
 * Closes a period for one distributor or for all. Closing a period already closed returns its settlement
 * unchanged (created: false), so a double click or a retry never pays twice.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCloseSettlementsType>, res: MedusaResponse) {
  const results = await closeSettlementsForPeriod(req.scope, req.validatedBody)
  const settlements = []
  for (const r of results) {
    settlements.push({ ...(await loadSettlement(req.scope, r.settlement_id)), created: r.created })
  }
  res.json({ settlements, count: settlements.length, offset: 0, limit: settlements.length })
}
