import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSettlementStep } from "./steps/create-settlement"
import { CloseSettlementInput, gatherSettlementEntriesStep, settleGathered, SupplyValues } from "./steps/gather-settlement-entries"

/**
 * Closes one distributor's settlement for a period (issue #4 point 5). Idempotent: the settlement is unique
 * per (distributor, period), so a second close returns the first one unchanged.
 *
 * Two hooks let the app tie the settlement to its tax documents:
 * - `supplyValues` ({ distributor_id, gstin, entries }) may return, per entry key, the value of the sale or
 *   return as the distributor's own tax invoice or credit note states it ({ gross, taxable } in rupees), so the
 *   settlement, its TCS and the GST ledger share one source of figures. Without it the marketplace uses the
 *   order's figures: each line's total and value before GST, plus its share of the delivery charge.
 * - `settlementClosed` ({ settlement }) runs after the settlement is written, inside the close: the app posts
 *   the TCS to its GST ledger there.
 */
export const closeSettlementWorkflow = createWorkflow("close-settlement", (input: CloseSettlementInput) => {
  const gathered = gatherSettlementEntriesStep(input)
  const hookInput = transform({ gathered }, ({ gathered }) => ({
    distributor_id: gathered.distributor_id,
    gstin: gathered.gstin,
    entries: gathered.entries,
  }))
  const supplyValues = createHook("supplyValues", hookInput)
  const values = supplyValues.getResult() as unknown as SupplyValues | undefined
  const settled = transform({ gathered, values }, ({ gathered, values }) => settleGathered(gathered, values))
  const settlement = createSettlementStep(settled)
  const settlementClosed = createHook("settlementClosed", { settlement })
  return new WorkflowResponse(settlement, { hooks: [supplyValues, settlementClosed] })
})
