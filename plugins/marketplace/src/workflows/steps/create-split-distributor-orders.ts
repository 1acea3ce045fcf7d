import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exact } from "../../lib/exact"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { PrepareOrderSplitOutput } from "./prepare-order-split"

/** Creates the planned distributor orders and their lines; compensation deletes exactly what it created. */
export const createSplitDistributorOrdersStep = createStep(
  "create-split-distributor-orders",
  async (plan: PrepareOrderSplitOutput, { container }) => {
    if (!plan.distributor_orders.length) {
      return new StepResponse([] as { id: string; distributor_id: string }[], [] as string[])
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const created = await marketplace.createDistributorOrders(
      plan.distributor_orders.map((o) => ({
        order_id: plan.order_id,
        distributor_id: o.distributor_id,
        currency_code: plan.currency_code,
        item_subtotal: exact(o.item_subtotal),
        tax_total: exact(o.tax_total),
        shipping_total: exact(o.shipping_total),
        total: exact(o.total),
        commission_total: exact(o.commission_total),
        // Each line's shipping share (and the GST in it), so a later cancellation, return or TCS base is exact.
        metadata: { shipping_shares: o.shipping_shares, shipping_tax_shares: o.shipping_tax_shares },
      }))
    )
    const idOf = new Map(created.map((c) => [c.distributor_id, c.id]))
    await marketplace.createDistributorOrderLines(
      plan.distributor_orders.flatMap((o) =>
        o.lines.map((l) => ({
          distributor_order_id: idOf.get(o.distributor_id)!,
          line_item_id: l.line_item_id,
          listing_id: l.listing_id,
          product_id: l.product_id,
          variant_id: l.variant_id,
          sku: l.sku,
          quantity: l.quantity,
          unit_price: exact(l.unit_price),
          subtotal: exact(l.subtotal),
          tax_total: exact(l.tax_total),
          total: exact(l.total),
          commission_rule_id: l.commission_rule_id,
          commission_type: l.commission_type,
          commission_value: l.commission_value === null ? null : exact(l.commission_value),
          commission_amount: exact(l.commission_amount),
        }))
      )
    )
    const ids = created.map((c) => c.id)
    return new StepResponse(
      created.map((c) => ({ id: c.id, distributor_id: c.distributor_id })),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const lines = await marketplace.listDistributorOrderLines({ distributor_order_id: ids }, { select: ["id"], take: null })
    await marketplace.deleteDistributorOrderLines(lines.map((l) => l.id))
    await marketplace.deleteDistributorOrders(ids)
  }
)
