import { closeSettlementWorkflow } from "@haat/marketplace/workflows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordSettlementGstWorkflow } from "../record-settlement-gst"

/**
 * @haat/marketplace's `settlementClosed` hook (the one handler it takes): when a settlement closes, the app
 * issues the commission invoice and posts the TCS to the GST ledger from the settlement's own figures, inside
 * the close. If that fails, the close fails and is rolled back, so a settlement never exists without its GST
 * side. A repeated close (created: false) finds the references on the settlement and changes nothing.
 */
closeSettlementWorkflow.hooks.settlementClosed(async ({ settlement }, { container }) => {
  if (!container.hasRegistration("gst")) {
    return new StepResponse(undefined)
  }
  const { result } = await recordSettlementGstWorkflow(container).run({ input: { settlement_id: settlement.id } })
  return new StepResponse(result)
})
