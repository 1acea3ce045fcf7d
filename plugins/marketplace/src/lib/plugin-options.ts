import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const MARKETPLACE_PLUGIN = "@haat/marketplace"

export type MarketplacePluginOptions = {
  encryption_key?: string
  distributor_cors?: string
  /** The distributor portal's page that accepts an invite; the token is added as `?token=`. */
  invite_url?: string
}

/** The options the app registered @haat/marketplace with (empty when it is not listed by that name). */
export function marketplacePluginOptions(container: Pick<MedusaContainer, "resolve">): MarketplacePluginOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugin = (config.plugins ?? []).find(
    (entry: unknown) =>
      typeof entry === "object" && entry !== null && (entry as { resolve?: string }).resolve === MARKETPLACE_PLUGIN
  ) as { options?: MarketplacePluginOptions } | undefined
  return plugin?.options ?? {}
}
