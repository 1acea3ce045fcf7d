import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SeedHsnMasterInput, seedHsnMasterStep } from "./steps/seed-hsn-master"

export const seedHsnMasterWorkflowId = "seed-hsn-master"

/** Fills the HSN master from the HSN_SEED rate data for the codes given (e.g. a catalogue's). */
export const seedHsnMasterWorkflow = createWorkflow(seedHsnMasterWorkflowId, (input: SeedHsnMasterInput) => {
  return new WorkflowResponse(seedHsnMasterStep(input))
})
