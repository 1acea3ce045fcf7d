import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow, updateCartsStep, useQueryGraphStep, validateCartStep } from "@medusajs/medusa/core-flows"

export type SetBuyerTaxContextInput = {
  cart_id: string
  /** A validated GSTIN (upper-cased), or null for a consumer. */
  gstin: string | null
  /** The buyer is an SEZ unit or developer (only with a GSTIN). */
  sez: boolean
}

export const setBuyerTaxContextWorkflowId = "set-buyer-tax-context"

/**
 * Records the buyer's GSTIN on the cart (metadata.gstin, metadata.gst_sez; Medusa copies cart metadata onto the
 * order) and retaxes the cart, since an SEZ buyer changes the tax. Updating only metadata through
 * POST /store/carts/:id leaves the tax lines as they were.
 */
export const setBuyerTaxContextWorkflow = createWorkflow(setBuyerTaxContextWorkflowId, (input: SetBuyerTaxContextInput) => {
  const { data: cart } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "completed_at"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true, isList: false },
  })
  validateCartStep({ cart })
  // Medusa merges metadata on update and removes the keys set to "".
  const update = transform({ input }, ({ input }) => [
    { id: input.cart_id, metadata: input.gstin ? { gstin: input.gstin, gst_sez: input.sez } : { gstin: "", gst_sez: "" } },
  ])
  updateCartsStep(update)
  refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })
  return new WorkflowResponse(void 0)
})
