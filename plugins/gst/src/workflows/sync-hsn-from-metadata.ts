import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toLinkDefinition } from "./steps/hsn-links"
import { HsnMetadataSyncInput, planHsnMetadataSyncStep } from "./steps/plan-hsn-metadata-sync"

/** Sets each product's HSN from its metadata.hsn_code where the master has that code; reports the codes it lacks. */
export const syncHsnFromMetadataWorkflow = createWorkflow("sync-hsn-from-metadata", (input: HsnMetadataSyncInput) => {
  const plan = planHsnMetadataSyncStep(input)
  dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.dismiss.map(toLinkDefinition)))
  createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.create.map(toLinkDefinition)))
  return new WorkflowResponse(transform({ plan }, ({ plan }) => plan.report))
})
