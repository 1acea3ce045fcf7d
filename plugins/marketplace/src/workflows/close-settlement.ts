import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSettlementStep } from "./steps/create-settlement"
import { CloseSettlementInput, gatherSettlementEntriesStep } from "./steps/gather-settlement-entries"

/**
 * Closes one distributor's settlement for a period (issue #4 point 5). Idempotent: the settlement is unique
 * per (distributor, period), so a second close returns the first one unchanged. The `settlementClosed` hook
 * lets the app post the TCS to its GST ledger from the settlement's own figures.
 */
export const closeSettlementWorkflow = createWorkflow("close-settlement", (input: CloseSettlementInput) => {
  const gathered = gatherSettlementEntriesStep(input)
  const settlement = createSettlementStep(gathered)
  const settlementClosed = createHook("settlementClosed", { settlement })
  return new WorkflowResponse(settlement, { hooks: [settlementClosed] })
})
