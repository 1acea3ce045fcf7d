import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type UpdateDistributorMemberInput = {
  id: string
  status?: "invited" | "active"
  name?: string | null
  auth_identity_id?: string | null
  invite_token_hash?: string | null
  invite_expires_at?: Date | null
  invite_notification_id?: string | null
  invite_email_sent_at?: Date | null
}

export const updateDistributorMemberStep = createStep(
  "update-distributor-member",
  async (input: UpdateDistributorMemberInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const before = await marketplace.retrieveDistributorMember(input.id)
    const member = await marketplace.updateDistributorMembers(input)
    return new StepResponse(member, {
      id: before.id,
      status: before.status,
      name: before.name,
      auth_identity_id: before.auth_identity_id,
      invite_token_hash: before.invite_token_hash,
      invite_expires_at: before.invite_expires_at,
      invite_notification_id: before.invite_notification_id,
      invite_email_sent_at: before.invite_email_sent_at,
    } as UpdateDistributorMemberInput)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.updateDistributorMembers(before)
  }
)
