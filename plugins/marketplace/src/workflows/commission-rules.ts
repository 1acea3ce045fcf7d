import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  CommissionRuleInput,
  createCommissionRuleStep,
  deleteCommissionRuleStep,
  updateCommissionRuleStep,
} from "./steps/commission-rules"

export const createCommissionRuleWorkflow = createWorkflow("create-commission-rule", (input: CommissionRuleInput) => {
  return new WorkflowResponse(createCommissionRuleStep(input))
})

export const updateCommissionRuleWorkflow = createWorkflow(
  "update-commission-rule",
  (input: Partial<CommissionRuleInput> & { id: string }) => {
    return new WorkflowResponse(updateCommissionRuleStep(input))
  }
)

export const deleteCommissionRuleWorkflow = createWorkflow("delete-commission-rule", (input: { id: string }) => {
  return new WorkflowResponse(deleteCommissionRuleStep(input.id))
})
