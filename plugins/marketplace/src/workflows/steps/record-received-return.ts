import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

/**
 * A return as the distributor order keeps it, per distributor order line: { [line id]: RecordedReturn }.
 * `quantity` counts every return of the line so far; `return_ids` the Medusa returns already counted.
 */
export type RecordedReturn = { quantity: number; accepted_at: string; return_ids?: string[] }

type ReturnRow = {
  id: string
  order_id: string
  received_at?: string | Date | null
  items?: { item_id: string; received_quantity?: unknown }[] | null
}

type Snapshot = { orders: { id: string; status: string; metadata: Record<string, unknown> | null }[]; lines: { id: string; returned_quantity: number; status: string }[] }

/**
 * Counts a Medusa return that was received against the distributor order lines it takes goods back from: each
 * line's returned quantity and status, and the return on the distributor order's metadata.returns, which the
 * next settlement deducts. A return already counted (by its id) changes nothing, so the distributor's route
 * and Medusa's order.return_received, which both lead here, count it once. Lines no distributor sells are
 * left alone. Compensation puts the rows back as they were.
 */
export const recordReceivedReturnStep = createStep(
  "record-received-return",
  async (input: { return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const { data } = await query.graph({
      entity: "return",
      fields: ["id", "order_id", "received_at", "items.item_id", "items.received_quantity"],
      filters: { id: input.return_id },
    })
    const ret = data[0] as ReturnRow | undefined
    const received = new Map<string, number>()
    for (const item of ret?.items ?? []) {
      const quantity = Number((item.received_quantity as { numeric?: number } | null)?.numeric ?? item.received_quantity ?? 0)
      if (quantity > 0) received.set(item.item_id, (received.get(item.item_id) ?? 0) + quantity)
    }
    if (!ret || !received.size) {
      return new StepResponse({ recorded: [] as string[] }, null)
    }
    const lines = await marketplace.listDistributorOrderLines(
      { line_item_id: [...received.keys()] },
      { select: ["id", "line_item_id", "quantity", "returned_quantity", "status", "distributor_order_id"], take: null }
    )
    if (!lines.length) {
      return new StepResponse({ recorded: [] as string[] }, null)
    }
    const orderIds = [...new Set(lines.map((l) => l.distributor_order_id as string))]
    const orders = await marketplace.listDistributorOrders(
      { id: orderIds },
      { select: ["id", "status", "metadata"], relations: ["lines"], take: null }
    )
    const before: Snapshot = { orders: [], lines: [] }
    const acceptedAt = new Date(ret.received_at ?? Date.now()).toISOString()
    const recorded: string[] = []
    for (const order of orders) {
      const metadata = (order.metadata ?? {}) as Record<string, unknown>
      const returns = { ...((metadata.returns ?? {}) as Record<string, RecordedReturn>) }
      const lineChanges: { id: string; returned_quantity: number; status?: "returned" }[] = []
      for (const line of order.lines ?? []) {
        const quantity = received.get(line.line_item_id)
        const seen = returns[line.id]?.return_ids ?? []
        if (!quantity || seen.includes(ret.id)) continue
        const returned = Math.min(line.quantity, line.returned_quantity + quantity)
        returns[line.id] = { quantity: returned, accepted_at: acceptedAt, return_ids: [...seen, ret.id] }
        lineChanges.push({ id: line.id, returned_quantity: returned, ...(returned === line.quantity ? { status: "returned" as const } : {}) })
        before.lines.push({ id: line.id, returned_quantity: line.returned_quantity, status: line.status })
        recorded.push(line.id)
      }
      if (!lineChanges.length) continue
      const changed = new Map(lineChanges.map((c) => [c.id, c]))
      const allReturned = (order.lines ?? []).every((l) => l.status === "cancelled" || (changed.get(l.id)?.status ?? l.status) === "returned")
      before.orders.push({ id: order.id, status: order.status, metadata: order.metadata as Record<string, unknown> | null })
      await marketplace.updateDistributorOrderLines(lineChanges as never)
      await marketplace.updateDistributorOrders({ id: order.id, metadata: { ...metadata, returns }, ...(allReturned ? { status: "returned" } : {}) } as never)
    }
    return new StepResponse({ recorded }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    if (before.lines.length) await marketplace.updateDistributorOrderLines(before.lines as never)
    for (const order of before.orders) await marketplace.updateDistributorOrders(order as never)
  }
)
