import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteDistributorMemberWorkflow } from "../../../../workflows/invite-distributor-member"
import { distributorContext, requireOwner } from "../../../utils/distributor-context"
import { hashInviteToken, newInviteToken } from "../../../utils/invite-token"
import type { PostDistributorInviteType } from "../../validators"

const INVITE_DAYS = 7

/**
 * The owner invites a staff member. The token is returned once, here, for the owner to pass on, and mailed
 * to the invitee by the distributor.member_invited subscriber; only its hash is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorInviteType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  requireOwner(context, "invite members")
  const token = newInviteToken()
  const { result } = await inviteDistributorMemberWorkflow(req.scope).run({
    input: {
      distributor_id: context.distributor_id,
      email: req.validatedBody.email,
      name: req.validatedBody.name ?? null,
      invited_by: context.member_id,
      invite_token: token,
      invite_token_hash: hashInviteToken(token),
      invite_expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000),
    },
  })
  res.status(201).json({
    member: { id: result.id, email: result.email, role: result.role, status: result.status },
    invite_token: token,
    expires_at: result.invite_expires_at,
  })
}
