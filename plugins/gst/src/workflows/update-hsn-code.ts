import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateHsnCodesStep } from "./steps/update-hsn-codes"
import { validateHsnCodeUpdateStep } from "./steps/validate-hsn-code"
import type { HsnCodeUpdate } from "./steps/hsn-master-types"

/** Changes an HSN code's description or UQC; the code itself is its identity and never changes. */
export const updateHsnCodeWorkflow = createWorkflow("update-hsn-code", (input: HsnCodeUpdate) => {
  validateHsnCodeUpdateStep(input)
  const updated = updateHsnCodesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(updated)
})
