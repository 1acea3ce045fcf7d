import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

type OrderChange = { id: string } & Record<string, unknown>
type LineChange = { id: string } & Record<string, unknown>

export type DistributorOrderChanges = { order?: OrderChange | null; lines?: LineChange[] }

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]))
}

/** Applies a change to a distributor order and its lines; compensation puts back the fields it changed. */
export const updateDistributorOrderStep = createStep(
  "fulfilment-update-distributor-order",
  async (changes: DistributorOrderChanges, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const before: DistributorOrderChanges = { order: null, lines: [] }
    if (changes.order) {
      const keys = Object.keys(changes.order).filter((k) => k !== "id")
      const [row] = await marketplace.listDistributorOrders({ id: changes.order.id }, { select: ["id", ...keys] as never })
      before.order = { id: changes.order.id, ...pick(row as unknown as Record<string, unknown>, keys) }
      await marketplace.updateDistributorOrders(changes.order as never)
    }
    if (changes.lines?.length) {
      const keys = [...new Set(changes.lines.flatMap((l) => Object.keys(l).filter((k) => k !== "id")))]
      const rows = await marketplace.listDistributorOrderLines(
        { id: changes.lines.map((l) => l.id) },
        { select: ["id", ...keys] as never }
      )
      before.lines = rows.map((r) => ({ id: r.id, ...pick(r as unknown as Record<string, unknown>, keys) }))
      await marketplace.updateDistributorOrderLines(changes.lines as never)
    }
    return new StepResponse(changes, before)
  },
  async (before, { container }) => {
    if (!before) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    if (before.order) await marketplace.updateDistributorOrders(before.order as never)
    if (before.lines?.length) await marketplace.updateDistributorOrderLines(before.lines as never)
  }
)
