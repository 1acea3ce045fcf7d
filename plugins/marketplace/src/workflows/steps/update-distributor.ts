import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { asJson } from "../../lib/exact"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type UpdateDistributorInput = {
  id: string
  legal_name?: string
  trade_name?: string | null
  email?: string
  phone?: string | null
  website?: string | null
  description?: string | null
  contact_name?: string | null
  contact_email?: string | null
  contact_phone?: string | null
  addresses?: Record<string, unknown>[] | null
}

/** Updates a distributor's profile; the compensation puts the fields it changed back. */
export const updateDistributorStep = createStep(
  "update-distributor",
  async (input: UpdateDistributorInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await marketplace.retrieveDistributor(input.id, { select: ["id", ...fields] })
    const { addresses, ...rest } = input
    const distributor = await marketplace.updateDistributors({
      ...rest,
      ...(addresses !== undefined ? { addresses: addresses === null ? null : asJson(addresses) } : {}),
    })
    return new StepResponse(distributor, before as unknown as Record<string, unknown> & { id: string })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    // The snapshot holds exactly the fields the step changed, read before it changed them.
    await marketplace.updateDistributors(before as { id: string })
  }
)
