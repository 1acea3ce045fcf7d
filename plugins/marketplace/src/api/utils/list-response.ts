import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Answers a list route the way Medusa's own do, `{ <name>, count, offset, limit }`, from one query.graph
 * page of `entity` with the request's pagination. Filters whose value is undefined are left out
 * (an optional query parameter not given); any other value, even empty, filters.
 */
export async function respondWithList(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  name: string,
  entity: string,
  fields: string[],
  filters: Record<string, unknown>
): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields,
    filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    [name]: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
