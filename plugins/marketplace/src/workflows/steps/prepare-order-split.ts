import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCommissionInputs } from "../../lib/commission-rules-loader"
import { paiseOf, rupeesOf } from "../../lib/settlement-money"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { sellersOfLines } from "../../utils/seller-of-line"
import { planOrderSplit, PlannedDistributorOrder, SplitLineInput } from "./split-order-plan"

/** A planned distributor order with amounts as rupee strings: a step's output is stored as JSON (no bigint). */
export type DistributorOrderRow = {
  distributor_id: string
  item_subtotal: string
  tax_total: string
  shipping_total: string
  total: string
  commission_total: string
  shipping_shares: Record<string, string>
  /** The GST inside each line's shipping share. */
  shipping_tax_shares: Record<string, string>
  lines: {
    line_item_id: string
    listing_id: string | null
    product_id: string | null
    variant_id: string | null
    sku: string | null
    quantity: number
    unit_price: string
    subtotal: string
    tax_total: string
    total: string
    commission_rule_id: string | null
    commission_type: "percent" | "flat" | null
    commission_value: string | null
    commission_amount: string
  }[]
}

export type PrepareOrderSplitOutput = {
  order_id: string
  currency_code: string
  /** True when the order was split before: a replayed order.placed creates nothing. */
  already_split: boolean
  distributor_orders: DistributorOrderRow[]
}

function rowOf(o: PlannedDistributorOrder): DistributorOrderRow {
  return {
    distributor_id: o.distributor_id,
    item_subtotal: rupeesOf(o.item_subtotal),
    tax_total: rupeesOf(o.tax_total),
    shipping_total: rupeesOf(o.shipping_total),
    total: rupeesOf(o.total),
    commission_total: rupeesOf(o.commission_total),
    shipping_shares: Object.fromEntries(o.lines.map((l) => [l.line_item_id, rupeesOf(l.shipping_share)])),
    shipping_tax_shares: Object.fromEntries(o.lines.map((l) => [l.line_item_id, rupeesOf(l.shipping_tax_share)])),
    lines: o.lines.map((l) => ({
      line_item_id: l.line_item_id,
      listing_id: l.listing_id,
      product_id: l.product_id,
      variant_id: l.variant_id,
      sku: l.sku,
      quantity: l.quantity,
      unit_price: rupeesOf(l.unit_price),
      subtotal: rupeesOf(l.subtotal),
      tax_total: rupeesOf(l.tax_total),
      total: rupeesOf(l.total),
      commission_rule_id: l.commission_rule_id,
      commission_type: l.commission_type,
      commission_value: l.commission_value,
      commission_amount: rupeesOf(l.commission_amount),
    })),
  }
}

type OrderRow = {
  id: string
  currency_code: string
  created_at: string | Date
  shipping_total: unknown
  shipping_tax_total: unknown
  items: {
    id: string
    quantity: unknown
    unit_price: unknown
    total: unknown
    tax_total: unknown
    variant_id: string | null
    product_id: string | null
    variant_sku: string | null
    metadata: Record<string, unknown> | null
  }[]
}

/** Reads the order, who sells each line and the commission rules, and plans the split. Reads only. */
export const prepareOrderSplitStep = createStep(
  "prepare-order-split",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    // A replayed order.placed finds the split done and stops before the order's totals are computed.
    const existing = await marketplace.listDistributorOrders({ order_id: input.order_id }, { select: ["id"], take: 1 })
    if (existing.length) {
      return new StepResponse<PrepareOrderSplitOutput>({
        order_id: input.order_id,
        currency_code: "inr",
        already_split: true,
        distributor_orders: [],
      })
    }
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "created_at",
        "shipping_total",
        "shipping_tax_total",
        "items.id",
        "items.quantity",
        "items.unit_price",
        "items.total",
        "items.tax_total",
        "items.variant_id",
        "items.product_id",
        "items.variant_sku",
        "items.metadata",
      ],
      filters: { id: input.order_id },
    })
    const row = order as unknown as OrderRow | undefined
    if (!row) {
      return new StepResponse<PrepareOrderSplitOutput>({
        order_id: input.order_id,
        currency_code: "inr",
        already_split: false,
        distributor_orders: [],
      })
    }
    // Who sells each line, and the commission rules with the products' categories: independent reads, one
    // query each whatever the number of lines, run side by side. The same loader as the admin's commission
    // preview, so a preview and a split never disagree.
    const [sellers, { rules, categoriesByProduct }] = await Promise.all([
      sellersOfLines(query, row.items),
      loadCommissionInputs(query, row.items),
    ])
    if (!sellers.size) {
      return new StepResponse<PrepareOrderSplitOutput>({
        order_id: row.id,
        currency_code: row.currency_code,
        already_split: false,
        distributor_orders: [],
      })
    }

    const lines: SplitLineInput[] = row.items.map((item) => {
      const seller = sellers.get(item.id)
      const quantity = Number(item.quantity)
      return {
        line_item_id: item.id,
        distributor_id: seller?.distributor_id ?? null,
        listing_id: seller?.listing_id ?? null,
        product_id: item.product_id,
        variant_id: item.variant_id,
        sku: item.variant_sku,
        category_ids: item.product_id ? categoriesByProduct.get(item.product_id) ?? [] : [],
        quantity,
        unit_price: paiseOf(item.unit_price),
        total: paiseOf(item.total),
        tax_total: paiseOf(item.tax_total),
      }
    })
    const distributorOrders = planOrderSplit({
      order_id: row.id,
      currency_code: row.currency_code,
      placed_at: new Date(row.created_at),
      shipping_total: paiseOf(row.shipping_total),
      shipping_tax_total: paiseOf(row.shipping_tax_total),
      lines,
      rules,
    })
    return new StepResponse<PrepareOrderSplitOutput>({
      order_id: row.id,
      currency_code: row.currency_code,
      already_split: false,
      distributor_orders: distributorOrders.map(rowOf),
    })
  }
)
