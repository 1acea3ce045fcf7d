import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { distributorContext } from "@haat/marketplace/api/utils/distributor-context"

/**
 * The GSTIN of the distributor behind a `distributor` token. The tax documents a distributor may see are the
 * ones issued in its own GSTIN (as supplier), so every /distributor/gst route filters by it.
 */
export async function distributorGstin(req: AuthenticatedMedusaRequest): Promise<string> {
  const { distributor_id } = await distributorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "distributor", fields: ["id", "gstin"], filters: { id: distributor_id } })
  const gstin = (data[0] as { gstin?: string } | undefined)?.gstin
  if (!gstin) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Distributor ${distributor_id} was not found`)
  }
  return gstin
}
