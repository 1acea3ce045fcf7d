/**
 * MedusaService's generated inputs type bigNumber fields as `number`, but the column takes a decimal string
 * and keeps it exact (BigNumber). Amounts go in as strings such as "612.50" through this one cast.
 */
export function exact(decimal: string): number {
  return decimal as unknown as number
}

/** json columns are typed as one object; addresses and proposals are stored as given. */
export function asJson(value: unknown): Record<string, unknown> {
  return value as Record<string, unknown>
}
