import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDistributorMemberStep } from "./steps/create-distributor-member"

export const DISTRIBUTOR_MEMBER_INVITED = "distributor.member_invited"

export type InviteDistributorMemberInput = {
  distributor_id: string
  email: string
  name?: string | null
  invited_by: string
  invite_token_hash: string
  invite_expires_at: Date
}

export const inviteDistributorMemberWorkflow = createWorkflow(
  "invite-distributor-member",
  (input: InviteDistributorMemberInput) => {
    const member = createDistributorMemberStep(
      transform({ input }, ({ input }) => ({ ...input, role: "staff" as const, status: "invited" as const }))
    )
    emitEventStep({
      eventName: DISTRIBUTOR_MEMBER_INVITED,
      data: transform({ member }, ({ member }) => ({ id: member.id, distributor_id: input.distributor_id, email: member.email })),
    })
    return new WorkflowResponse(member)
  }
)
