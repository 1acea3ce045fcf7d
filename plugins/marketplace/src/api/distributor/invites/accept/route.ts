import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptDistributorInviteWorkflow } from "../../../../workflows/accept-distributor-invite"
import { hashInviteToken } from "../../../utils/invite-token"
import type { PostDistributorInviteAcceptType } from "../../validators"

/**
 * The invitee registers an auth identity at /auth/distributor/emailpass/register with the invited email,
 * then accepts here with its token; logging in again gives a token acting for the distributor.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorInviteAcceptType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already acts for a distributor")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.[0]?.entity_id ?? ""
  const { result } = await acceptDistributorInviteWorkflow(req.scope).run({
    input: {
      invite_token_hash: hashInviteToken(req.validatedBody.token),
      auth_identity_id: req.auth_context.auth_identity_id,
      email,
      name: req.validatedBody.name ?? null,
    },
  })
  res.json({ member: { id: result.id, email: result.email, role: result.role, status: result.status } })
}
