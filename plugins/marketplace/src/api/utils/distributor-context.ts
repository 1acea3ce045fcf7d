import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type DistributorContext = {
  member_id: string
  distributor_id: string
  role: "owner" | "staff"
}

/**
 * The member behind a `distributor` token and the distributor it acts for. Every /distributor route
 * scopes its reads and writes to this distributor_id, so another distributor's records are simply not found.
 */
export async function distributorContext(req: AuthenticatedMedusaRequest): Promise<DistributorContext> {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a distributor member first")
  }
  const marketplace: MarketplaceModuleService = req.scope.resolve(MARKETPLACE_MODULE)
  const [member] = await marketplace.listDistributorMembers(
    { id: memberId, status: "active" },
    { select: ["id", "distributor_id", "role"] }
  )
  if (!member) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login no longer belongs to an active distributor member")
  }
  return { member_id: member.id, distributor_id: member.distributor_id, role: member.role }
}

export function requireOwner(context: DistributorContext, action: string): void {
  if (context.role !== "owner") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only the distributor's owner can ${action}`)
  }
}
