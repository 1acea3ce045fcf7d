import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findInvitedMemberStep } from "./steps/find-invited-member"
import { updateDistributorMemberStep } from "./steps/update-distributor-member"

/** The invitee, logged in with a fresh `distributor` auth identity, becomes an active staff member. */
export const acceptDistributorInviteWorkflow = createWorkflow(
  "accept-distributor-invite",
  (input: { invite_token_hash: string; auth_identity_id: string; email: string; name?: string | null }) => {
    const invited = findInvitedMemberStep(input)
    const member = updateDistributorMemberStep(
      transform({ invited, input }, ({ invited, input }) => ({
        id: invited.id,
        status: "active" as const,
        name: input.name ?? invited.name ?? null,
        auth_identity_id: input.auth_identity_id,
        invite_token_hash: null,
        invite_expires_at: null,
      }))
    )
    setAuthAppMetadataStep(
      transform({ input, invited }, ({ input, invited }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "distributor",
        value: invited.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
