import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PlanStockLocationLinksInput, planStockLocationLinksStep, toStockLocationLink } from "./steps/plan-stock-location-links"

/**
 * Sets which GST registration each stock location supplies under (link stock_location ↔ gst_registration),
 * so invoices for goods shipped from a location carry its State's GSTIN. A location has at most one
 * registration. The old link is dismissed before the new one is created; both steps undo themselves, so a
 * failure leaves every location under the registration it had.
 */
export const linkStockLocationsWorkflow = createWorkflow("link-stock-locations-to-gst-registration", (input: PlanStockLocationLinksInput) => {
  const plan = planStockLocationLinksStep(input)
  dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.dismiss.map(toStockLocationLink)))
  createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.create.map(toStockLocationLink)))
  return new WorkflowResponse(
    transform({ plan }, ({ plan }) => ({
      linked: plan.create.map((l) => l.stock_location_id),
      unlinked: plan.dismiss.map((l) => l.stock_location_id),
      unchanged: plan.unchanged,
    }))
  )
})
