import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDistributorMemberStep } from "./steps/create-distributor-member"

export const DISTRIBUTOR_MEMBER_INVITED = "distributor.member_invited"

/** Data of `distributor.member_invited`; `token` is there (as Medusa's auth.password_reset carries its token) so a subscriber can mail it. */
export type DistributorMemberInvitedData = {
  id: string
  distributor_id: string
  email: string
  token: string
  expires_at: string
}

export type InviteDistributorMemberInput = {
  distributor_id: string
  email: string
  name?: string | null
  invited_by: string
  /** The one-time token; only `invite_token_hash` is stored. */
  invite_token: string
  invite_token_hash: string
  invite_expires_at: Date
}

export const inviteDistributorMemberWorkflow = createWorkflow(
  "invite-distributor-member",
  (input: InviteDistributorMemberInput) => {
    const member = createDistributorMemberStep(
      transform({ input }, ({ input }) => ({
        distributor_id: input.distributor_id,
        email: input.email,
        name: input.name,
        invited_by: input.invited_by,
        invite_token_hash: input.invite_token_hash,
        invite_expires_at: input.invite_expires_at,
        role: "staff" as const,
        status: "invited" as const,
      }))
    )
    emitEventStep({
      eventName: DISTRIBUTOR_MEMBER_INVITED,
      data: transform(
        { member, input },
        ({ member, input }): DistributorMemberInvitedData => ({
          id: member.id,
          distributor_id: input.distributor_id,
          email: member.email,
          token: input.invite_token,
          expires_at: new Date(input.invite_expires_at).toISOString(),
        })
      ),
    })
    return new WorkflowResponse(member)
  }
)
