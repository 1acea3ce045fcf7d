import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DistributorStatus, MARKETPLACE_MODULE, MarketplaceModuleService, StatusActor } from "../../modules/marketplace"

export type ChangeDistributorStatusInput = {
  distributor_id: string
  status: DistributorStatus
  reason?: string | null
  actor: StatusActor
}

/** Moves the distributor through the status machine; the compensation restores the old status and drops the audit row. */
export const changeDistributorStatusStep = createStep(
  "change-distributor-status",
  async (input: ChangeDistributorStatusInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const before = await marketplace.retrieveDistributor(input.distributor_id, {
      select: ["id", "status", "status_reason", "verified_at"],
    })
    const result = await marketplace.changeDistributorStatus(input.distributor_id, input.status, input.actor, input.reason)
    return new StepResponse(
      { distributor_id: input.distributor_id, from: result.from, to: result.to, reason: input.reason ?? null },
      { before, change_id: result.change.id }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteDistributorStatusChanges(undo.change_id)
    await marketplace.updateDistributors({
      id: undo.before.id,
      status: undo.before.status,
      status_reason: undo.before.status_reason,
      verified_at: undo.before.verified_at,
    })
  }
)
