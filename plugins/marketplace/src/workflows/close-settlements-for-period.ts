import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { periodProblem } from "../lib/settlement"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../modules/marketplace"
import { closeSettlementWorkflow } from "./close-settlement"

/** Emitted after a period was closed for every distributor: `{ period_start, period_end, settlement_ids }`. */
export const SETTLEMENT_PERIOD_CLOSED = "settlement.period_closed"

export type ClosePeriodInput = {
  distributor_id?: string | null
  period_start: Date | string
  period_end: Date | string
}

/**
 * Closes the period for one distributor, or for every distributor that has ever had an order placed before the
 * period ends. Each distributor is its own workflow run: one distributor's failure leaves the others closed
 * (the ones after it too) and is reported with the distributor named, and running it again closes only what
 * is still open (each close is idempotent).
 */
export async function closeSettlementsForPeriod(container: MedusaContainer, input: ClosePeriodInput) {
  const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
  const end = new Date(input.period_end)
  const problem = periodProblem(new Date(input.period_start), end, new Date())
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  let distributorIds: string[]
  if (input.distributor_id) {
    const found = await marketplace.listDistributors({ id: input.distributor_id }, { select: ["id"] })
    if (!found.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Distributor ${input.distributor_id} was not found`)
    }
    distributorIds = [input.distributor_id]
  } else {
    const orders = await marketplace.listDistributorOrders(
      { created_at: { $lt: end } },
      { select: ["distributor_id"], take: null }
    )
    distributorIds = [...new Set(orders.map((o) => o.distributor_id))].sort()
  }
  const results: { distributor_id: string; settlement_id: string; created: boolean }[] = []
  const failures: { distributor_id: string; error: Error }[] = []
  for (const distributorId of distributorIds) {
    try {
      const { result } = await closeSettlementWorkflow(container).run({
        input: { distributor_id: distributorId, period_start: input.period_start, period_end: input.period_end },
      })
      results.push({ distributor_id: distributorId, settlement_id: result.id, created: result.created })
    } catch (error) {
      failures.push({ distributor_id: distributorId, error: error as Error })
    }
  }
  if (failures.length) {
    // The others stay closed; the period is not closed for every distributor, so no period_closed event.
    // The first refusal's type decides the status (a NOT_ALLOWED refusal is a 400, not a server error).
    // A workflow rethrows a step's MedusaError as a plain error that keeps its `type`.
    const firstType = (failures[0].error as { type?: string }).type
    const type = Object.values(MedusaError.Types).includes(firstType as never) ? (firstType as string) : MedusaError.Types.UNEXPECTED_STATE
    const detail = failures.map((f) => `${f.distributor_id}: ${f.error.message}`).join("; ")
    throw new MedusaError(
      type,
      `${results.length} of ${distributorIds.length} distributors' settlements are closed; not closed: ${detail}. Closing again closes only these.`
    )
  }
  if (!input.distributor_id) {
    // Every distributor's settlement for the period now exists: the app can treat the period as closed
    // (e.g. its TCS return). Emitted on every full close; a subscriber must be idempotent.
    await container.resolve(Modules.EVENT_BUS).emit({
      name: SETTLEMENT_PERIOD_CLOSED,
      data: {
        period_start: new Date(input.period_start).toISOString(),
        period_end: end.toISOString(),
        settlement_ids: results.map((r) => r.settlement_id),
      },
    })
  }
  return results
}
