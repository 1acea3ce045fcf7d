import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

/** The member an invite token was issued to, if it is still open and addressed to this email. */
export const findInvitedMemberStep = createStep(
  "find-invited-member",
  async (input: { invite_token_hash: string; email: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const [member] = await marketplace.listDistributorMembers({ invite_token_hash: input.invite_token_hash })
    if (!member || member.status !== "invited") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invite is unknown or was already used; ask for a new one")
    }
    if (member.invite_expires_at && new Date(member.invite_expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invite has expired; ask the distributor's owner for a new one")
    }
    if (member.email !== input.email.trim().toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This invite was sent to ${member.email}; log in with that email to accept it`
      )
    }
    return new StepResponse(member)
  }
)
