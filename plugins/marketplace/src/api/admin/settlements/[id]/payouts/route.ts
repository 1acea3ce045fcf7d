import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordPayoutWorkflow } from "../../../../../workflows/record-payout"
import { loadSettlement } from "../../settlement-view"
import type { AdminPostPayoutType } from "../../validators"

/** Records a bank transfer; the same reference again answers 200 with the payout already recorded. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPostPayoutType>, res: MedusaResponse) {
  const { result } = await recordPayoutWorkflow(req.scope).run({
    input: { settlement_id: req.params.id, ...req.validatedBody },
  })
  const settlement = await loadSettlement(req.scope, req.params.id)
  const payout = ((settlement.payouts ?? []) as { id: string }[]).find((p) => p.id === result.payout_id)
  res.status(result.created ? 201 : 200).json({ payout, settlement })
}
