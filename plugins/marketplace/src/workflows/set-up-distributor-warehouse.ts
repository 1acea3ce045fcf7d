import { createFulfillmentSets, createRemoteLinkStep, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveWarehouseSettingsStep } from "./steps/resolve-warehouse-settings"

export type SetUpDistributorWarehouseInput = { stock_location_id: string; name: string }

/**
 * Makes a distributor's warehouse (a Medusa stock location) one Medusa can ship from: a shipping fulfilment
 * set with a service zone for India linked to the location, the fulfilment provider enabled at it, and the
 * location linked to the sales channels where listings are sold. The operator then adds shipping options in
 * that service zone. Every piece is undone if a later one fails (core steps with compensation).
 */
export const setUpDistributorWarehouseWorkflow = createWorkflow(
  "set-up-distributor-warehouse",
  (input: SetUpDistributorWarehouseInput) => {
    const settings = resolveWarehouseSettingsStep()
    const sets = createFulfillmentSets(
      transform({ input }, ({ input }) => [
        {
          // Fulfilment set and service zone names are unique store-wide, and two distributors may both call
          // their warehouse "Main warehouse": the stock location's id keeps them apart.
          name: `${input.name} (${input.stock_location_id}) shipping`,
          type: "shipping",
          service_zones: [{ name: `India (${input.stock_location_id})`, geo_zones: [{ type: "country" as const, country_code: "in" }] }],
        },
      ])
    )
    createRemoteLinkStep(
      transform({ input, sets, settings }, ({ input, sets, settings }) => [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: input.stock_location_id },
          [Modules.FULFILLMENT]: { fulfillment_set_id: sets[0].id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: input.stock_location_id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: settings.fulfillment_provider_id },
        },
      ])
    )
    linkSalesChannelsToStockLocationWorkflow.runAsStep({
      input: transform({ input, settings }, ({ input, settings }) => ({
        id: input.stock_location_id,
        add: settings.sales_channel_ids,
      })),
    })
    return new WorkflowResponse(
      transform({ sets, settings }, ({ sets, settings }) => ({
        fulfillment_set_id: sets[0].id,
        service_zone_id: sets[0].service_zones?.[0]?.id ?? null,
        sales_channel_ids: settings.sales_channel_ids,
      }))
    )
  }
)
