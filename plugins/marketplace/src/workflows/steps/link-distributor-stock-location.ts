import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"

type LinkInput = { distributor_id: string; stock_location_id: string }

const linkDefinition = (input: LinkInput) => ({
  [MARKETPLACE_MODULE]: { distributor_id: input.distributor_id },
  [Modules.STOCK_LOCATION]: { stock_location_id: input.stock_location_id },
})

export const linkDistributorStockLocationStep = createStep(
  "link-distributor-stock-location",
  async (input: LinkInput, { container }) => {
    const link = container.resolve("link")
    await link.create(linkDefinition(input))
    return new StepResponse(input, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const link = container.resolve("link")
    await link.dismiss(linkDefinition(input))
  }
)
