import { parseMoney, parsePercent, percentOf } from "@haat/india"
import { CommissionScope } from "../modules/marketplace/constants"

export type CommissionRuleLike = {
  id: string
  scope: CommissionScope
  scope_id?: string | null
  type: "percent" | "flat"
  /** Percent ("12.5") or rupees per unit ("15.00"), as an exact decimal string. */
  value: string
  effective_from: Date | string
  effective_to?: Date | string | null
  priority?: number | null
  is_active?: boolean | null
}

export type CommissionLine = {
  distributor_id: string
  product_id?: string | null
  category_ids?: string[]
  quantity: number
  /** The value commission is charged on, in paise: the line's selling value as the order records it. */
  base_paise: bigint
}

export type CommissionResult = {
  rule: CommissionRuleLike | null
  amount_paise: bigint
}

/** product > category > distributor > default: the narrower the rule, the more it knows about the line. */
const SPECIFICITY: Record<CommissionScope, number> = { product: 4, category: 3, distributor: 2, default: 1 }

function matches(rule: CommissionRuleLike, line: CommissionLine): boolean {
  switch (rule.scope) {
    case "default":
      return true
    case "distributor":
      return rule.scope_id === line.distributor_id
    case "category":
      return !!rule.scope_id && (line.category_ids ?? []).includes(rule.scope_id)
    case "product":
      return !!rule.scope_id && rule.scope_id === line.product_id
  }
}

/** In force at `at`: from effective_from (inclusive) until effective_to (exclusive), and not switched off. */
export function isInForce(rule: CommissionRuleLike, at: Date): boolean {
  if (rule.is_active === false) return false
  if (new Date(rule.effective_from).getTime() > at.getTime()) return false
  return !rule.effective_to || at.getTime() < new Date(rule.effective_to).getTime()
}

/**
 * The rule that applies to a line on a date: the most specific one in force; among equals the higher
 * priority, then the later effective_from, then the smaller id, so the choice never depends on row order.
 */
export function resolveCommissionRule(
  rules: CommissionRuleLike[],
  line: CommissionLine,
  at: Date
): CommissionRuleLike | null {
  const candidates = rules.filter((rule) => isInForce(rule, at) && matches(rule, line))
  candidates.sort(
    (a, b) =>
      SPECIFICITY[b.scope] - SPECIFICITY[a.scope] ||
      (b.priority ?? 0) - (a.priority ?? 0) ||
      new Date(b.effective_from).getTime() - new Date(a.effective_from).getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
  return candidates[0] ?? null
}

/**
 * The commission on one line in paise, rounded half-up once. A flat rule is rupees per unit. Commission never
 * exceeds the line's value, so a payout is never negative because of it.
 */
export function commissionFor(rule: CommissionRuleLike | null, line: CommissionLine): bigint {
  if (!rule) return 0n
  const amount =
    rule.type === "percent"
      ? percentOf(line.base_paise, parsePercent(rule.value))
      : parseMoney(rule.value) * BigInt(line.quantity)
  return amount > line.base_paise ? line.base_paise : amount
}

export function computeLineCommission(rules: CommissionRuleLike[], line: CommissionLine, at: Date): CommissionResult {
  const rule = resolveCommissionRule(rules, line, at)
  return { rule, amount_paise: commissionFor(rule, line) }
}
