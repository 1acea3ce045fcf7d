import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTOR_STATUS_CHANGED } from "./change-distributor-status"
import { changeDistributorStatusStep } from "./steps/change-distributor-status"
import { validateKycCompleteStep } from "./steps/validate-kyc-complete"

/** A distributor asks to be reviewed (first time, or again after a rejection) once its KYC is uploaded. */
export const submitDistributorForReviewWorkflow = createWorkflow(
  "submit-distributor-for-review",
  (input: { distributor_id: string; member_id: string }) => {
    validateKycCompleteStep({ distributor_id: input.distributor_id })
    const change = changeDistributorStatusStep(
      transform({ input }, ({ input }) => ({
        distributor_id: input.distributor_id,
        status: "in_review" as const,
        actor: { actor_type: "distributor" as const, actor_id: input.member_id },
      }))
    )
    emitEventStep({
      eventName: DISTRIBUTOR_STATUS_CHANGED,
      data: transform({ change }, ({ change }) => ({ id: change.distributor_id, from: change.from, to: change.to, reason: null })),
    })
    return new WorkflowResponse(change)
  }
)
