import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SetDistributorGstinStatusInput, setDistributorGstinStatusStep } from "./steps/set-distributor-gstin-status"

export const DISTRIBUTOR_GSTIN_STATUS_CHANGED = "distributor.gstin_status_changed"

/** The admin records a GSTIN suspended, cancelled or active again; `distributor.gstin_status_changed` follows. */
export const setDistributorGstinStatusWorkflow = createWorkflow(
  "set-distributor-gstin-status",
  (input: SetDistributorGstinStatusInput) => {
    const change = setDistributorGstinStatusStep(input)
    emitEventStep({ eventName: DISTRIBUTOR_GSTIN_STATUS_CHANGED, data: change })
    return new WorkflowResponse(change)
  }
)
