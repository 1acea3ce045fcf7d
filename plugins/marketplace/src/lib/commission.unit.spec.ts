import { CommissionLine, CommissionRuleLike, computeLineCommission, isInForce, resolveCommissionRule } from "./commission"

const rule = (overrides: Partial<CommissionRuleLike> & Pick<CommissionRuleLike, "id">): CommissionRuleLike => ({
  scope: "default",
  scope_id: null,
  type: "percent",
  value: "10",
  effective_from: "2026-01-01T00:00:00Z",
  effective_to: null,
  priority: 0,
  is_active: true,
  ...overrides,
})

const RULES: CommissionRuleLike[] = [
  rule({ id: "default", value: "10" }),
  rule({ id: "dist_a", scope: "distributor", scope_id: "dist_A", value: "8" }),
  rule({ id: "cat_sweets", scope: "category", scope_id: "pcat_sweets", value: "12.5" }),
  rule({ id: "prod_kaju", scope: "product", scope_id: "prod_kaju", type: "flat", value: "15" }),
  rule({ id: "prod_old", scope: "product", scope_id: "prod_ghee", value: "3", effective_to: "2026-06-01T00:00:00Z" }),
  rule({ id: "dist_b_future", scope: "distributor", scope_id: "dist_B", value: "5", effective_from: "2027-01-01T00:00:00Z" }),
  rule({ id: "off", scope: "product", scope_id: "prod_ladoo", value: "1", is_active: false }),
]

const line = (overrides: Partial<CommissionLine> = {}): CommissionLine => ({
  distributor_id: "dist_A",
  product_id: "prod_other",
  category_ids: [],
  quantity: 2,
  base_paise: 128000n,
  ...overrides,
})

const AT = new Date("2026-11-22T06:00:00Z")

describe("commission resolver", () => {
  it.each([
    ["a product rule beats every other", line({ product_id: "prod_kaju", category_ids: ["pcat_sweets"] }), "prod_kaju"],
    ["a category rule beats the distributor's", line({ category_ids: ["pcat_sweets"] }), "cat_sweets"],
    ["the distributor's rule beats the default", line(), "dist_a"],
    ["the default applies when nothing narrower does", line({ distributor_id: "dist_C" }), "default"],
    ["an expired product rule falls back", line({ product_id: "prod_ghee", distributor_id: "dist_C" }), "default"],
    ["a rule not yet in force is ignored", line({ distributor_id: "dist_B" }), "default"],
    ["a switched-off rule is ignored", line({ product_id: "prod_ladoo", distributor_id: "dist_C" }), "default"],
  ])("%s", (_name, subject, expected) => {
    expect(resolveCommissionRule(RULES, subject, AT)?.id).toBe(expected)
  })

  it("uses the expired rule for a line dated while it was in force", () => {
    expect(resolveCommissionRule(RULES, line({ product_id: "prod_ghee" }), new Date("2026-05-31T23:59:59Z"))?.id).toBe("prod_old")
    expect(resolveCommissionRule(RULES, line({ product_id: "prod_ghee" }), new Date("2026-06-01T00:00:00Z"))?.id).toBe("dist_a")
  })

  it("breaks ties by priority, then the later start, then id", () => {
    const tied = [
      rule({ id: "b", scope: "distributor", scope_id: "dist_A", priority: 1 }),
      rule({ id: "a", scope: "distributor", scope_id: "dist_A", priority: 1 }),
      rule({ id: "low", scope: "distributor", scope_id: "dist_A", priority: 0, effective_from: "2026-11-01T00:00:00Z" }),
    ]
    expect(resolveCommissionRule(tied, line(), AT)?.id).toBe("a")
    expect(resolveCommissionRule([...tied].reverse(), line(), AT)?.id).toBe("a")
    const dated = [
      rule({ id: "older", scope: "distributor", scope_id: "dist_A", effective_from: "2026-01-01T00:00:00Z" }),
      rule({ id: "newer", scope: "distributor", scope_id: "dist_A", effective_from: "2026-10-01T00:00:00Z" }),
    ]
    expect(resolveCommissionRule(dated, line(), AT)?.id).toBe("newer")
  })

  it("returns no rule and no commission when none applies", () => {
    expect(computeLineCommission([], line(), AT)).toEqual({ rule: null, amount_paise: 0n })
  })

  it("treats effective_to as exclusive and effective_from as inclusive", () => {
    const r = rule({ id: "x", effective_from: "2026-01-01T00:00:00Z", effective_to: "2026-02-01T00:00:00Z" })
    expect(isInForce(r, new Date("2026-01-01T00:00:00Z"))).toBe(true)
    expect(isInForce(r, new Date("2026-02-01T00:00:00Z"))).toBe(false)
  })
})

describe("commission per line, in paise", () => {
  it.each([
    ["10% of ₹1,280.00", rule({ id: "r", value: "10" }), 2, 128000n, 12800n],
    ["12.5% of ₹999.99 rounds half-up once", rule({ id: "r", value: "12.5" }), 1, 99999n, 12500n],
    ["12.5% of ₹999.95", rule({ id: "r", value: "12.5" }), 1, 99995n, 12499n],
    ["0.25% of ₹3.00 is 0.75 paise, rounded to 1", rule({ id: "r", value: "0.25" }), 1, 300n, 1n],
    ["0.25% of ₹1.00 is 0.25 paise, rounded to 0", rule({ id: "r", value: "0.25" }), 1, 100n, 0n],
    ["₹15 flat per unit × 3", rule({ id: "r", type: "flat", value: "15" }), 3, 90000n, 4500n],
    ["₹2.50 flat per unit × 4", rule({ id: "r", type: "flat", value: "2.50" }), 4, 4000n, 1000n],
    ["a flat fee above the line value is capped at it", rule({ id: "r", type: "flat", value: "50" }), 1, 3000n, 3000n],
    ["0% is nothing", rule({ id: "r", value: "0" }), 5, 50000n, 0n],
  ])("%s", (_name, r, quantity, base, expected) => {
    expect(computeLineCommission([r], line({ distributor_id: "x", quantity, base_paise: base }), AT).amount_paise).toBe(expected)
  })

  it("sums exactly over many lines with no float drift", () => {
    const r = rule({ id: "r", value: "7.5" })
    let total = 0n
    for (let i = 0; i < 1000; i++) {
      total += computeLineCommission([r], line({ base_paise: 1001n }), AT).amount_paise
    }
    // 7.5% of 1001 paise = 75.075 → 75 paise per line
    expect(total).toBe(75000n)
  })
})
