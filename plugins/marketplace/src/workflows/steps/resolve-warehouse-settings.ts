import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

/** The sales channels and fulfilment provider a distributor warehouse gets (plugin options, else the store's default channel). Reads only. */
export const resolveWarehouseSettingsStep = createStep("resolve-warehouse-settings", async (_: void, { container }) => {
  const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
  const settings = marketplace.warehouseSettings()
  let salesChannelIds = settings.sales_channel_ids
  if (!salesChannelIds) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const fallback = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id
    salesChannelIds = fallback ? [fallback] : []
  }
  return new StepResponse({ sales_channel_ids: salesChannelIds, fulfillment_provider_id: settings.fulfillment_provider_id })
})
