import { CommissionRuleLike } from "../../lib/commission"
import { paiseOf } from "../../lib/settlement-money"
import { planOrderSplit, shippingShares, SplitLineInput } from "./split-order-plan"

const line = (over: Partial<SplitLineInput>): SplitLineInput => ({
  line_item_id: "item",
  distributor_id: "dist_a",
  listing_id: "lst",
  product_id: "prod",
  variant_id: "var",
  sku: null,
  category_ids: [],
  quantity: 1,
  unit_price: 0n,
  total: 0n,
  tax_total: 0n,
  ...over,
})

const rule = (over: Partial<CommissionRuleLike>): CommissionRuleLike => ({
  id: "r",
  scope: "default",
  type: "percent",
  value: "10",
  effective_from: "2024-01-01T00:00:00Z",
  ...over,
})

describe("shippingShares", () => {
  it.each([
    // shipping, line values, expected shares
    [6000, [64000, 32000], [4000, 2000]],
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [100, 300, 300], [14, 44, 42]],
    [1, [500, 500], [1, 0]],
    [6000, [0, 0], [6000, 0]],
    [0, [1000, 2000], [0, 0]],
    [9999, [12345, 67890, 5], [1538, 8461, 0]],
  ])("splits %s paise over %j as %j, adding up exactly", (shipping, values, expected) => {
    const shares = shippingShares(BigInt(shipping), values.map(BigInt))
    expect(shares).toEqual(expected.map(BigInt))
    expect(shares.reduce((a, b) => a + b, 0n)).toBe(BigInt(shipping))
  })
})

describe("planOrderSplit", () => {
  const placed = new Date("2025-03-01T10:00:00Z")

  it("makes one distributor order per distributor whose totals with the operator's lines add up to the order", () => {
    const lines = [
      line({ line_item_id: "i1", distributor_id: "dist_a", quantity: 2, unit_price: 64000n, total: 128000n, tax_total: 6095n }),
      line({ line_item_id: "i2", distributor_id: "dist_b", quantity: 1, unit_price: 32000n, total: 32000n, tax_total: 1524n }),
      line({ line_item_id: "i3", distributor_id: null, total: 40000n, tax_total: 0n }),
      line({ line_item_id: "i4", distributor_id: "dist_a", total: 9000n, tax_total: 1373n }),
    ]
    const plan = planOrderSplit({ order_id: "o", currency_code: "inr", placed_at: placed, shipping_total: 6000n, lines, rules: [] })
    expect(plan.map((o) => o.distributor_id)).toEqual(["dist_a", "dist_b"])
    const a = plan[0]
    expect(a.lines.map((l) => l.line_item_id)).toEqual(["i1", "i4"])
    expect(a.item_subtotal).toBe(128000n - 6095n + 9000n - 1373n)
    expect(a.tax_total).toBe(6095n + 1373n)
    const operatorShare = shippingShares(6000n, lines.map((l) => l.total))[2]
    const sum = plan.reduce((s, o) => s + o.total, 0n) + 40000n + operatorShare
    expect(sum).toBe(128000n + 32000n + 40000n + 9000n + 6000n)
  })

  it("shares the GST inside the shipping like the shipping itself, so each line knows its shipping's value before tax", () => {
    const lines = [
      line({ line_item_id: "i1", distributor_id: "dist_a", total: 128000n, tax_total: 6095n }),
      line({ line_item_id: "i2", distributor_id: "dist_b", total: 32000n, tax_total: 1524n }),
    ]
    // ₹60 delivery with ₹2.86 GST inside (5% inclusive), split 4 : 1 by line value.
    const plan = planOrderSplit({ order_id: "o", currency_code: "inr", placed_at: placed, shipping_total: 6000n, shipping_tax_total: 286n, lines, rules: [] })
    const [a, b] = plan.map((o) => o.lines[0])
    expect([a.shipping_share, b.shipping_share]).toEqual([4800n, 1200n])
    expect([a.shipping_tax_share, b.shipping_tax_share]).toEqual([229n, 57n])
    expect(a.shipping_tax_share + b.shipping_tax_share).toBe(286n)
  })

  it("charges commission from the most specific rule in force on the order date", () => {
    const rules = [
      rule({ id: "default", scope: "default", value: "5" }),
      rule({ id: "dist", scope: "distributor", scope_id: "dist_a", value: "8" }),
      rule({ id: "cat", scope: "category", scope_id: "cat_sweets", value: "10" }),
      rule({ id: "prod", scope: "product", scope_id: "prod_kaju", value: "12.5" }),
      rule({ id: "future", scope: "product", scope_id: "prod_kaju", value: "50", effective_from: "2026-01-01T00:00:00Z" }),
      rule({ id: "flat", scope: "product", scope_id: "prod_flat", type: "flat", value: "15.50" }),
    ]
    const plan = planOrderSplit({
      order_id: "o",
      currency_code: "inr",
      placed_at: placed,
      shipping_total: 0n,
      rules,
      lines: [
        line({ line_item_id: "kaju", product_id: "prod_kaju", category_ids: ["cat_sweets"], total: 128000n }),
        line({ line_item_id: "sweet", product_id: "prod_x", category_ids: ["cat_sweets"], total: 33333n }),
        line({ line_item_id: "plain", product_id: "prod_y", total: 10001n }),
        line({ line_item_id: "other", distributor_id: "dist_b", product_id: "prod_y", total: 999n }),
        line({ line_item_id: "flat", product_id: "prod_flat", quantity: 3, total: 30000n }),
      ],
    })
    const byLine = Object.fromEntries(plan.flatMap((o) => o.lines).map((l) => [l.line_item_id, [l.commission_rule_id, l.commission_amount]]))
    expect(byLine).toEqual({
      kaju: ["prod", 16000n],
      sweet: ["cat", 3333n],
      plain: ["dist", 800n],
      other: ["default", 50n],
      flat: ["flat", 4650n],
    })
    expect(plan[0].commission_total).toBe(16000n + 3333n + 800n + 4650n)
  })
})

describe("paiseOf", () => {
  it.each([
    [640, 64000],
    ["640.005", 64001],
    ["640.004999", 64000],
    [30.476190476190474, 3048],
    [{ value: "12.345" }, 1235],
    ["-1.005", -101],
    [null, 0],
  ])("books %j as %s paise", (value, paise) => {
    expect(paiseOf(value)).toBe(BigInt(paise))
  })
})
