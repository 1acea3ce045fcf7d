import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markGstReturnExportRunningStep } from "./steps/mark-gst-return-export-running"
import { prepareGstReturnStep } from "./steps/prepare-gst-return"

export const prepareGstReturnWorkflow = createWorkflow("prepare-gst-return", (input: { id: string }) => {
  const claimed = markGstReturnExportRunningStep(input)
  const prepared = prepareGstReturnStep(claimed)
  return new WorkflowResponse(prepared)
})
