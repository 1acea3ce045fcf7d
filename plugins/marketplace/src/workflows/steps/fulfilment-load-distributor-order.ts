import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type LoadedDistributorOrder = {
  id: string
  order_id: string
  distributor_id: string
  status: string
  metadata: Record<string, unknown> | null
  lines: { id: string; line_item_id: string; quantity: number; returned_quantity: number; status: string; sku: string | null }[]
}

/**
 * The distributor order, only if it belongs to the distributor asking: another distributor's order is
 * reported as not found, so its existence is not revealed either.
 */
export const loadDistributorOrderStep = createStep(
  "fulfilment-load-distributor-order",
  async (input: { distributor_id: string; distributor_order_id: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const [order] = await marketplace.listDistributorOrders(
      { id: input.distributor_order_id, distributor_id: input.distributor_id },
      { select: ["id", "order_id", "distributor_id", "status", "metadata"], relations: ["lines"] }
    )
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Distributor order ${input.distributor_order_id} was not found`)
    }
    return new StepResponse<LoadedDistributorOrder>({
      id: order.id,
      order_id: order.order_id,
      distributor_id: order.distributor_id,
      status: order.status,
      metadata: (order.metadata ?? null) as Record<string, unknown> | null,
      lines: (order.lines ?? []).map((l) => ({
        id: l.id,
        line_item_id: l.line_item_id,
        quantity: l.quantity,
        returned_quantity: l.returned_quantity,
        status: l.status,
        sku: l.sku,
      })),
    })
  }
)
