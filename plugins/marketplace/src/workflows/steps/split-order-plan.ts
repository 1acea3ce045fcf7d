import { CommissionRuleLike, computeLineCommission } from "../../lib/commission"
import { sumPaise } from "../../lib/settlement-money"

export type SplitLineInput = {
  line_item_id: string
  /** null: the operator's own line, not split. */
  distributor_id: string | null
  listing_id: string | null
  product_id: string | null
  variant_id: string | null
  sku: string | null
  category_ids: string[]
  quantity: number
  unit_price: bigint
  /** What the customer pays for the line, GST included, in paise. */
  total: bigint
  tax_total: bigint
}

export type SplitOrderInput = {
  order_id: string
  currency_code: string
  placed_at: Date
  shipping_total: bigint
  /** The GST inside `shipping_total` (0 when unknown): shared like the shipping, so TCS can exclude it. */
  shipping_tax_total?: bigint
  lines: SplitLineInput[]
  rules: CommissionRuleLike[]
}

export type PlannedLine = {
  line_item_id: string
  listing_id: string | null
  product_id: string | null
  variant_id: string | null
  sku: string | null
  quantity: number
  unit_price: bigint
  /** Taxable value: total less the line's GST. */
  subtotal: bigint
  tax_total: bigint
  total: bigint
  shipping_share: bigint
  /** The GST inside the shipping share. */
  shipping_tax_share: bigint
  commission_rule_id: string | null
  commission_type: "percent" | "flat" | null
  commission_value: string | null
  commission_amount: bigint
}

export type PlannedDistributorOrder = {
  distributor_id: string
  item_subtotal: bigint
  tax_total: bigint
  shipping_total: bigint
  total: bigint
  commission_total: bigint
  lines: PlannedLine[]
}

/**
 * Each line's share of the order's shipping, in proportion to the line's value, in whole paise. Every share is
 * rounded down; the paise left over go to the line of the largest value (the first such line in order on a
 * tie), so the shares add up to the shipping total exactly. With no line value at all, the first line takes it.
 */
export function shippingShares(shipping: bigint, values: bigint[]): bigint[] {
  if (!values.length) return []
  const totalValue = sumPaise(values)
  let largest = 0
  values.forEach((v, i) => {
    if (v > values[largest]) largest = i
  })
  if (totalValue <= 0n) {
    return values.map((_, i) => (i === largest ? shipping : 0n))
  }
  const shares = values.map((v) => (shipping * v) / totalValue)
  shares[largest] += shipping - sumPaise(shares)
  return shares
}

/**
 * The distributor orders an order splits into: one per distributor, with its lines, its shipping share, its
 * GST (the lines' own tax) and the commission per line from the most specific rule in force when the order
 * was placed. Commission is charged on the line's total as the customer paid it. The operator's own lines
 * take their shipping share but make no distributor order.
 */
export function planOrderSplit(input: SplitOrderInput): PlannedDistributorOrder[] {
  const shares = shippingShares(
    input.shipping_total,
    input.lines.map((l) => l.total)
  )
  const taxShares = shippingShares(
    input.shipping_tax_total ?? 0n,
    input.lines.map((l) => l.total)
  )
  const byDistributor = new Map<string, PlannedDistributorOrder>()
  input.lines.forEach((line, index) => {
    if (!line.distributor_id) return
    const { rule, amount_paise } = computeLineCommission(
      input.rules,
      {
        distributor_id: line.distributor_id,
        product_id: line.product_id,
        category_ids: line.category_ids,
        quantity: line.quantity,
        base_paise: line.total,
      },
      input.placed_at
    )
    const planned: PlannedLine = {
      line_item_id: line.line_item_id,
      listing_id: line.listing_id,
      product_id: line.product_id,
      variant_id: line.variant_id,
      sku: line.sku,
      quantity: line.quantity,
      unit_price: line.unit_price,
      subtotal: line.total - line.tax_total,
      tax_total: line.tax_total,
      total: line.total,
      shipping_share: shares[index],
      shipping_tax_share: taxShares[index],
      commission_rule_id: rule?.id ?? null,
      commission_type: rule?.type ?? null,
      commission_value: rule?.value ?? null,
      commission_amount: amount_paise,
    }
    const order =
      byDistributor.get(line.distributor_id) ??
      ({
        distributor_id: line.distributor_id,
        item_subtotal: 0n,
        tax_total: 0n,
        shipping_total: 0n,
        total: 0n,
        commission_total: 0n,
        lines: [],
      } as PlannedDistributorOrder)
    order.lines.push(planned)
    order.item_subtotal += planned.subtotal
    order.tax_total += planned.tax_total
    order.shipping_total += planned.shipping_share
    order.total += planned.total + planned.shipping_share
    order.commission_total += planned.commission_amount
    byDistributor.set(line.distributor_id, order)
  })
  return [...byDistributor.values()]
}
