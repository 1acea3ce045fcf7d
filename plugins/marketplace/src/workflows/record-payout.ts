import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RecordPayoutInput, recordPayoutStep } from "./steps/record-payout"

/** Records a settlement's payout, once per bank reference (issue #4 point 5). */
export const recordPayoutWorkflow = createWorkflow("record-payout", (input: RecordPayoutInput) => {
  return new WorkflowResponse(recordPayoutStep(input))
})
