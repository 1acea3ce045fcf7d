import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { asJson } from "../../lib/exact"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type CreateDistributorInput = {
  slug: string
  legal_name: string
  trade_name?: string | null
  email: string
  phone?: string | null
  website?: string | null
  description?: string | null
  contact_name?: string | null
  contact_email?: string | null
  contact_phone?: string | null
  addresses?: Record<string, unknown>[] | null
  gstin: string
  state_code: string
  pan: string
}

/** Creates the distributor as pending and records that first status, by the registering member's identity. */
export const createDistributorStep = createStep(
  "create-distributor",
  async (input: { distributor: CreateDistributorInput; auth_identity_id: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const [sameGstin] = await marketplace.listDistributors({ gstin: input.distributor.gstin }, { select: ["id"] })
    if (sameGstin) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `GSTIN ${input.distributor.gstin} is already registered as a distributor; ask its owner to invite you instead`
      )
    }
    const [sameSlug] = await marketplace.listDistributors({ slug: input.distributor.slug }, { select: ["id"] })
    if (sameSlug) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `The slug "${input.distributor.slug}" is taken by another distributor: choose another`
      )
    }
    const distributor = await marketplace.createDistributors({
      ...input.distributor,
      addresses: asJson(input.distributor.addresses ?? []),
      status: "pending",
    })
    await marketplace.createDistributorStatusChanges({
      distributor_id: distributor.id,
      from_status: null,
      to_status: "pending",
      actor_type: "distributor",
      actor_id: input.auth_identity_id,
      reason: "registered",
      changed_at: new Date(),
    })
    return new StepResponse(distributor, distributor.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const changes = await marketplace.listDistributorStatusChanges({ distributor_id: id }, { select: ["id"] })
    await marketplace.deleteDistributorStatusChanges(changes.map((c) => c.id))
    await marketplace.deleteDistributors(id)
  }
)
