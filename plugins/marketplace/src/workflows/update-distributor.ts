import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateDistributorInput, updateDistributorStep } from "./steps/update-distributor"

export const updateDistributorWorkflow = createWorkflow("update-distributor", (input: UpdateDistributorInput) => {
  return new WorkflowResponse(updateDistributorStep(input))
})
