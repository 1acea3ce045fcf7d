/** `{ <name>, count, offset, limit }` from a query.graph page, as Medusa's own list routes answer. */
export function listResponse<T>(
  name: string,
  data: T[],
  metadata: { count?: number; skip?: number; take?: number } | undefined
): Record<string, unknown> {
  return {
    [name]: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}
