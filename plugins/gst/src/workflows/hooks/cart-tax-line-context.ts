import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateTaxLinesWorkflow, upsertTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { gstTaxLineContext } from "../../utils/tax-line-context"

// @haat/gst claims the carts' setTaxLineContext hooks (a hook takes one handler): the GST provider needs each
// line's HSN, rate and supplier GSTIN. Apps extend it through resolve-gst-supply's resolveSupplier hook.
updateTaxLinesWorkflow.hooks.setTaxLineContext(async ({ cart }, { container }) => {
  return new StepResponse(await gstTaxLineContext(container, { cart_id: cart.id }))
})

upsertTaxLinesWorkflow.hooks.setTaxLineContext(async ({ cart }, { container }) => {
  return new StepResponse(await gstTaxLineContext(container, { cart_id: cart.id }))
})
