import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService, MemberRole } from "../../modules/marketplace"

export type CreateDistributorMemberInput = {
  distributor_id: string
  email: string
  name?: string | null
  role: MemberRole
  status: "invited" | "active"
  auth_identity_id?: string | null
  invited_by?: string | null
  invite_token_hash?: string | null
  invite_expires_at?: Date | null
}

export const createDistributorMemberStep = createStep(
  "create-distributor-member",
  async (input: CreateDistributorMemberInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const email = input.email.trim().toLowerCase()
    const [existing] = await marketplace.listDistributorMembers({ email }, { select: ["id"] })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${email} is already a member of a distributor; one email can act for one distributor`
      )
    }
    const member = await marketplace.createDistributorMembers({ ...input, email })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteDistributorMembers(id)
  }
)
