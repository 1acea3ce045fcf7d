import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../modules/marketplace"
import { recordReturnReceivedWorkflow } from "./record-return-received"
import { loadDistributorOrderStep } from "./steps/fulfilment-load-distributor-order"
import { lineToReturn } from "./steps/fulfilment-rules"

export type AcceptDistributorReturnInput = {
  distributor_id: string
  distributor_order_id: string
  line_id: string
  quantity: number
  /** Who accepted it (the distributor member's actor id), kept on Medusa's return. */
  accepted_by?: string
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
 * Where the goods come back to: the warehouse the line's listing holds stock at (receiving restocks it there),
 * else the location the distributor's shipment left from, else the distributor's first warehouse.
 */
const returnLocationStep = createStep(
  "fulfilment-return-location",
  async (input: { distributor_id: string; distributor_order_id: string; line_id: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [line] = await marketplace.listDistributorOrderLines({ id: input.line_id }, { select: ["id", "listing_id"] })
    if (line?.listing_id) {
      const [listing] = await marketplace.listListings({ id: line.listing_id }, { select: ["id", "stock_location_id"] })
      if (listing?.stock_location_id) return new StepResponse(listing.stock_location_id as string)
    }
    const [order] = await marketplace.listDistributorOrders({ id: input.distributor_order_id }, { select: ["id", "metadata"] })
    const fulfillmentId = (order?.metadata as { fulfillment_id?: string } | null)?.fulfillment_id
    if (fulfillmentId) {
      const { data } = await query.graph({ entity: "fulfillment", fields: ["id", "location_id"], filters: { id: fulfillmentId } })
      const shippedFrom = (data[0] as { location_id?: string | null } | undefined)?.location_id
      if (shippedFrom) return new StepResponse(shippedFrom)
    }
    const { data } = await query.graph({ entity: "distributor", fields: ["id", "stock_locations.id"], filters: { id: input.distributor_id } })
    const warehouse = (data[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
    if (!warehouse) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Distributor ${input.distributor_id} has no warehouse to take the return into; set one up before accepting returns`
      )
    }
    return new StepResponse(warehouse)
  }
)

/**
 * A distributor accepts goods back on a shipped line. The return is Medusa's own, created and received at the
 * distributor's warehouse (which restocks the listing there), so the one event every return gives,
 * order.return_received, drives the rest: the GST credit note in the distributor's GSTIN where the app runs GST,
 * and the count on the distributor order the next settlement deducts (done here too, under a lock, so the
 * response shows it; the subscriber then finds it counted). A failure part way undoes Medusa's return.
 */
export const acceptDistributorReturnWorkflow = createWorkflow(
  "accept-distributor-return",
  (input: AcceptDistributorReturnInput) => {
    const order = loadDistributorOrderStep(input)
    const settled = returnSettledStep({ line_id: input.line_id })
    const item = transform({ order, input, settled }, ({ order, input, settled }) => {
      const line = lineToReturn(order, input.line_id, input.quantity, settled)
      return { order_id: order.order_id, items: [{ id: line.line_item_id, quantity: input.quantity }] }
    })
    const location = returnLocationStep({ distributor_id: input.distributor_id, distributor_order_id: input.distributor_order_id, line_id: input.line_id })
    const begun = beginReturnOrderWorkflow.runAsStep({
      input: transform({ item, location, input }, ({ item, location, input }) => ({
        order_id: item.order_id,
        location_id: location,
        created_by: input.accepted_by,
        description: "Accepted by the distributor",
        metadata: { distributor_order_id: input.distributor_order_id },
      })),
    })
    const returnId = transform({ begun }, ({ begun }) => begun.return_id as string)
    requestItemReturnWorkflow.runAsStep({ input: transform({ returnId, item }, ({ returnId, item }) => ({ return_id: returnId, items: item.items })) })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.accepted_by })),
    }).config({ name: "confirm-distributor-return-request" })
    beginReceiveReturnWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, created_by: input.accepted_by })),
    })
    receiveItemReturnRequestWorkflow.runAsStep({ input: transform({ returnId, item }, ({ returnId, item }) => ({ return_id: returnId, items: item.items })) })
    confirmReturnReceiveWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.accepted_by })),
    }).config({ name: "confirm-distributor-return-receive" })
    const recorded = recordReturnReceivedWorkflow.runAsStep({
      input: transform({ returnId, item }, ({ returnId, item }) => ({ order_id: item.order_id, return_id: returnId })),
    })
    return new WorkflowResponse(transform({ returnId, recorded }, ({ returnId, recorded }) => ({ return_id: returnId, ...recorded })))
  }
)
