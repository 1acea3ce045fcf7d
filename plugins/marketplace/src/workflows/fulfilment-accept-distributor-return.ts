import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../modules/marketplace"
import { loadDistributorOrderStep } from "./steps/fulfilment-load-distributor-order"
import { lineToReturn } from "./steps/fulfilment-rules"
import { updateDistributorOrderStep } from "./steps/fulfilment-update-distributor-order"

export type AcceptDistributorReturnInput = {
  distributor_id: string
  distributor_order_id: string
  line_id: string
  quantity: number
}

const returnSettledStep = createStep("fulfilment-return-settled", async (input: { line_id: string }, { container }) => {
  const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
  const settled = await marketplace.listSettlementLines(
    { distributor_order_line_id: input.line_id, type: "return" },
    { select: ["id"], take: 1 }
  )
  return new StepResponse(settled.length > 0)
})

/**
 * A distributor accepts goods back. The returned quantity and the day it was accepted are kept on the
 * distributor order, so the next settlement deducts the return (value, commission given back, tax bases).
 */
export const acceptDistributorReturnWorkflow = createWorkflow(
  "accept-distributor-return",
  (input: AcceptDistributorReturnInput) => {
    const order = loadDistributorOrderStep(input)
    const settled = returnSettledStep({ line_id: input.line_id })
    const changes = transform({ order, input, settled }, ({ order, input, settled }) => {
      const line = lineToReturn(order, input.line_id, input.quantity, settled)
      const returned = line.returned_quantity + input.quantity
      const returns = ((order.metadata ?? {}).returns ?? {}) as Record<string, unknown>
      const allReturned = order.lines.every((l) => l.status === "cancelled" || (l.id === line.id ? returned === l.quantity : l.status === "returned"))
      return {
        order: {
          id: order.id,
          metadata: {
            ...(order.metadata ?? {}),
            returns: { ...returns, [line.id]: { quantity: returned, accepted_at: new Date().toISOString() } },
          },
          ...(allReturned ? { status: "returned" } : {}),
        },
        lines: [{ id: line.id, returned_quantity: returned, ...(returned === line.quantity ? { status: "returned" } : {}) }],
      }
    })
    updateDistributorOrderStep(changes)
    return new WorkflowResponse(changes)
  }
)
