import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../api/utils/invite-token"
import { marketplacePluginOptions } from "../../lib/plugin-options"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import type { DistributorMemberInvitedData } from "../invite-distributor-member"

export const DISTRIBUTOR_INVITE_TEMPLATE = "distributor-invite"
export const DEFAULT_INVITE_URL = "http://localhost:5173/invite"

export type InviteEmail = {
  to: string
  channel: "email"
  template: string
  data: Record<string, string>
  trigger_type: string
  resource_id: string
  resource_type: string
  idempotency_key: string
}

export type PreparedInviteEmail = { member_id: string; email: InviteEmail | null; skipped: string | null }

/** The invite link: the portal's accept page with the token as `?token=`. */
export function inviteAcceptUrl(base: string, token: string): string {
  const url = new URL(base)
  url.searchParams.set("token", token)
  return url.toString()
}

/**
 * Decides whether this invite still needs its email and composes it. Nothing to send when the member is
 * gone or active, when the token is not the member's current one (an older invite's event), or when the
 * email went out already (a replayed event).
 */
export const prepareInviteEmailStep = createStep(
  "prepare-invite-email",
  async (input: DistributorMemberInvitedData, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const skip = (skipped: string) => new StepResponse<PreparedInviteEmail>({ member_id: input.id, email: null, skipped })
    const [member] = await marketplace.listDistributorMembers({ id: input.id }, { relations: ["distributor"] })
    if (!member || member.status !== "invited") {
      return skip("the member is no longer invited")
    }
    const tokenHash = hashInviteToken(input.token)
    if (member.invite_token_hash !== tokenHash) {
      return skip("the token is not the member's open invite")
    }
    if (member.invite_email_sent_at) {
      return skip(`the invite was mailed already (notification ${member.invite_notification_id})`)
    }
    const [inviter] = member.invited_by
      ? await marketplace.listDistributorMembers({ id: member.invited_by }, { select: ["name", "email"] })
      : []
    const base = marketplacePluginOptions(container).invite_url || process.env.DISTRIBUTOR_INVITE_URL || DEFAULT_INVITE_URL
    const expires = new Date(input.expires_at)
    return new StepResponse<PreparedInviteEmail>({
      member_id: member.id,
      skipped: null,
      email: {
        to: member.email,
        channel: "email",
        template: DISTRIBUTOR_INVITE_TEMPLATE,
        data: {
          email: member.email,
          name: member.name ?? member.email,
          distributor_name: member.distributor.trade_name || member.distributor.legal_name,
          invited_by: inviter ? inviter.name || inviter.email : member.distributor.legal_name,
          accept_url: inviteAcceptUrl(base, input.token),
          token: input.token,
          expires_at: expires.toISOString(),
          expires_on: expires.toLocaleDateString("en-IN", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Kolkata" }),
        },
        trigger_type: "distributor.member_invited",
        resource_id: member.id,
        resource_type: "distributor_member",
        // One email per member and token, even if two deliveries of the event race past the sent_at check.
        idempotency_key: `distributor-invite:${member.id}:${tokenHash.slice(0, 32)}`,
      },
    })
  }
)
