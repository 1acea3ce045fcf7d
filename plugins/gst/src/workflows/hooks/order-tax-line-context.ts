import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrderTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { gstTaxLineContext } from "../../utils/tax-line-context"

// Orders are retaxed on edits, claims, exchanges, returns' shipping and draft orders. The lines an edit adds
// are not on the order yet, so they are passed along.
updateOrderTaxLinesWorkflow.hooks.setTaxLineContext(async ({ order, items }, { container }) => {
  return new StepResponse(await gstTaxLineContext(container, { order_id: order.id, items: items ?? [] }))
})
