import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GstinStatus, MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type SetDistributorGstinStatusInput = {
  distributor_id: string
  gstin_status: GstinStatus
  reason?: string | null
}

/**
 * Records the distributor's GSTIN as active, suspended (CGST Rules r.21A) or cancelled (CGST Act s.29),
 * independently of its commercial status. Suspending or cancelling needs a reason (the portal's order or
 * notice). The compensation restores what was there.
 */
export const setDistributorGstinStatusStep = createStep(
  "set-distributor-gstin-status",
  async (input: SetDistributorGstinStatusInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const before = await marketplace.retrieveDistributor(input.distributor_id, {
      select: ["id", "gstin", "gstin_status", "gstin_status_reason", "gstin_status_changed_at"],
    })
    const reason = input.reason?.trim() || null
    if (input.gstin_status !== "active" && !reason) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A reason is required to mark GSTIN ${before.gstin} ${input.gstin_status} (the order or notice on the GST portal); the distributor sees it`
      )
    }
    if (before.gstin_status === input.gstin_status) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `GSTIN ${before.gstin} is already ${input.gstin_status}`)
    }
    await marketplace.updateDistributors({
      id: before.id,
      gstin_status: input.gstin_status,
      gstin_status_reason: reason,
      gstin_status_changed_at: new Date(),
    })
    return new StepResponse(
      { id: before.id, gstin: before.gstin, from: before.gstin_status, to: input.gstin_status, reason },
      before
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.updateDistributors({
      id: before.id,
      gstin_status: before.gstin_status,
      gstin_status_reason: before.gstin_status_reason,
      gstin_status_changed_at: before.gstin_status_changed_at,
    })
  }
)
