import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDistributorOrderStep } from "./steps/fulfilment-load-distributor-order"
import { lineToCancel } from "./steps/fulfilment-rules"
import { updateDistributorOrderStep } from "./steps/fulfilment-update-distributor-order"

export type CancelDistributorOrderLineInput = {
  distributor_id: string
  distributor_order_id: string
  line_id: string
  reason?: string | null
}

/**
 * A distributor cancels a line it cannot supply, before shipping. The line leaves the settlement; when no line
 * is left the distributor order is cancelled. The refund to the customer is the operator's, through Medusa.
 */
export const cancelDistributorOrderLineWorkflow = createWorkflow(
  "cancel-distributor-order-line",
  (input: CancelDistributorOrderLineInput) => {
    const order = loadDistributorOrderStep(input)
    const changes = transform({ order, input }, ({ order, input }) => {
      const line = lineToCancel(order, input.line_id)
      const remaining = order.lines.filter((l) => l.id !== line.id && l.status !== "cancelled")
      const cancellations = ((order.metadata ?? {}).cancellations ?? {}) as Record<string, unknown>
      return {
        order: {
          id: order.id,
          metadata: {
            ...(order.metadata ?? {}),
            cancellations: { ...cancellations, [line.id]: { reason: input.reason ?? null, cancelled_at: new Date().toISOString() } },
          },
          ...(remaining.length ? {} : { status: "cancelled", cancelled_at: new Date() }),
        },
        lines: [{ id: line.id, status: "cancelled" }],
      }
    })
    updateDistributorOrderStep(changes)
    return new WorkflowResponse(changes)
  }
)
