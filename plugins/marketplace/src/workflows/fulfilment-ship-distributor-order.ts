import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDistributorOrderStep } from "./steps/fulfilment-load-distributor-order"
import { linesToShip } from "./steps/fulfilment-rules"
import { updateDistributorOrderStep } from "./steps/fulfilment-update-distributor-order"
import { takeShippedListingStockStep } from "./steps/take-shipped-listing-stock"

export type ShipDistributorOrderInput = {
  distributor_id: string
  distributor_order_id: string
  carrier?: string | null
  tracking_number: string
  tracking_url?: string | null
}

/**
 * A distributor marks its part shipped: Medusa's own fulfilment and shipment are created for exactly its
 * lines, with the tracking number as the label, so the customer's order shows partially shipped until every
 * distributor has shipped, then shipped. A failure undoes the Medusa fulfilment too.
 */
export const shipDistributorOrderWorkflow = createWorkflow(
  "ship-distributor-order",
  (input: ShipDistributorOrderInput) => {
    const order = loadDistributorOrderStep(input)
    const shipment = transform({ order, input }, ({ order, input }) => {
      const lines = linesToShip(order)
      const label = {
        tracking_number: input.tracking_number,
        tracking_url: input.tracking_url ?? "",
        label_url: "",
      }
      return {
        order_id: order.order_id,
        items: lines.map((l) => ({ id: l.line_item_id, quantity: l.quantity })),
        labels: [label],
        line_ids: lines.map((l) => l.id),
      }
    })
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: {
        order_id: shipment.order_id,
        items: shipment.items,
        labels: shipment.labels,
        metadata: { distributor_order_id: input.distributor_order_id },
      },
    })
    const shipmentInput = transform({ shipment, fulfillment }, ({ shipment, fulfillment }) => ({
      order_id: shipment.order_id,
      fulfillment_id: fulfillment.id,
      items: shipment.items,
      labels: shipment.labels,
    }))
    createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
    takeShippedListingStockStep(transform({ shipment }, ({ shipment }) => ({ distributor_order_line_ids: shipment.line_ids })))
    const changes = transform({ order, input, shipment, fulfillment }, ({ order, input, shipment, fulfillment }) => ({
      order: {
        id: order.id,
        status: "shipped",
        carrier: input.carrier ?? null,
        tracking_number: input.tracking_number,
        tracking_url: input.tracking_url ?? null,
        shipped_at: new Date(),
        metadata: { ...(order.metadata ?? {}), fulfillment_id: fulfillment.id },
      },
      lines: shipment.line_ids.map((id) => ({ id, status: "fulfilled" })),
    }))
    updateDistributorOrderStep(changes)
    return new WorkflowResponse(changes)
  }
)
