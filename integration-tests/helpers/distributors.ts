import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const DISTRIBUTOR_PASSWORD = "distributor-password"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: { token: string } }> }

/** The marketplace module's generated service methods a test seeds with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated service methods, read loosely by tests
type MarketplaceService = Record<string, (...args: any[]) => Promise<any>>

export type SeedDistributor = {
  slug: string
  legal_name: string
  gstin: string
  pan: string
  email: string
  /** Default "verified". */
  status?: string
  addresses?: Record<string, string>[]
}

/**
 * A distributor (written straight into the marketplace module, its State from its GSTIN) with an active owner
 * who logs in through the real auth routes as the `distributor` actor. Returns its id and Bearer headers.
 */
export async function seedDistributor(container: MedusaContainer, api: Api, row: SeedDistributor) {
  const marketplace = container.resolve<MarketplaceService>("marketplace")
  const status = row.status ?? "verified"
  const distributor = await marketplace.createDistributors({
    ...row,
    status,
    state_code: row.gstin.slice(0, 2),
    ...(status === "verified" ? { verified_at: new Date() } : {}),
  })
  const member = await marketplace.createDistributorMembers({
    distributor_id: distributor.id,
    email: row.email,
    name: "Owner",
    role: "owner",
    status: "active",
  })
  await api.post(`/auth/distributor/emailpass/register`, { email: row.email, password: DISTRIBUTOR_PASSWORD })
  const auth = container.resolve(Modules.AUTH) as IAuthModuleService
  const [identity] = await auth.listProviderIdentities({ entity_id: row.email, provider: "emailpass" })
  await auth.updateAuthIdentities({ id: identity.auth_identity_id!, app_metadata: { distributor_id: member.id } })
  await marketplace.updateDistributorMembers({ id: member.id, auth_identity_id: identity.auth_identity_id })
  const { data } = await api.post(`/auth/distributor/emailpass`, { email: row.email, password: DISTRIBUTOR_PASSWORD })
  return { id: distributor.id as string, headers: { headers: { authorization: `Bearer ${data.token}` } } }
}
