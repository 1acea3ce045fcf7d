import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ChangeDistributorStatusInput, changeDistributorStatusStep } from "./steps/change-distributor-status"

export const DISTRIBUTOR_STATUS_CHANGED = "distributor.status_changed"

export const changeDistributorStatusWorkflow = createWorkflow(
  "change-distributor-status",
  (input: ChangeDistributorStatusInput) => {
    const change = changeDistributorStatusStep(input)
    emitEventStep({
      eventName: DISTRIBUTOR_STATUS_CHANGED,
      data: transform({ change }, ({ change }) => ({
        id: change.distributor_id,
        from: change.from,
        to: change.to,
        reason: change.reason,
      })),
    })
    return new WorkflowResponse(change)
  }
)
