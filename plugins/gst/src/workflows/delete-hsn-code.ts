import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureHsnCodeUnusedStep, softDeleteHsnCodeStep } from "./steps/delete-hsn-code"

/** Removes an HSN code no product or variant uses (refused with a count otherwise). */
export const deleteHsnCodeWorkflow = createWorkflow("delete-hsn-code", (input: { id: string }) => {
  const hsn = ensureHsnCodeUnusedStep(input)
  softDeleteHsnCodeStep(input)
  return new WorkflowResponse(hsn)
})
