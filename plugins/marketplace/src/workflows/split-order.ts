import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSplitDistributorOrdersStep } from "./steps/create-split-distributor-orders"
import { prepareOrderSplitStep } from "./steps/prepare-order-split"

export type SplitOrderInput = { order_id: string }

/**
 * Splits a placed order into one distributor order per distributor (issue #4 point 4). Idempotent: an order
 * already split is left as it is, so a replayed order.placed creates nothing. The `distributorOrdersCreated`
 * hook gives the app the new distributor orders (e.g. to raise a GST invoice in each distributor's GSTIN).
 */
export const splitOrderWorkflow = createWorkflow("split-order", (input: SplitOrderInput) => {
  const plan = prepareOrderSplitStep(input)
  const distributorOrders = createSplitDistributorOrdersStep(plan)
  const distributorOrdersCreated = createHook("distributorOrdersCreated", {
    order_id: input.order_id,
    distributor_orders: distributorOrders,
  })
  return new WorkflowResponse(distributorOrders, { hooks: [distributorOrdersCreated] })
})
