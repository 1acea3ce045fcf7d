import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toLinkDefinition } from "./steps/hsn-links"
import { planHsnLinksStep, PlanHsnLinksInput } from "./steps/plan-hsn-links"

/**
 * Classifies products (or variants, overriding their product) under an HSN code, or takes them off it.
 * Both link steps undo themselves, so a failure leaves each product under the HSN it had.
 */
export const linkHsnCodeWorkflow = createWorkflow("link-hsn-code", (input: PlanHsnLinksInput) => {
  const plan = planHsnLinksStep(input)
  dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.dismiss.map(toLinkDefinition)))
  createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.create.map(toLinkDefinition)))
  return new WorkflowResponse(
    transform({ plan, input }, ({ plan, input }) => ({
      hsn_code: plan.hsn_code,
      target: input.target,
      added: plan.create.map((l) => l.target_id),
      removed: plan.dismiss.filter((l) => l.hsn_code_id === plan.hsn_code.id).map((l) => l.target_id),
      moved_from_other_hsn: plan.dismiss.filter((l) => l.hsn_code_id !== plan.hsn_code.id).map((l) => l.target_id),
      unchanged: plan.unchanged,
    }))
  )
})
