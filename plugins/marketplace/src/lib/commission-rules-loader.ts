import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { CommissionLine, CommissionRuleLike } from "./commission"

type StoredRule = CommissionRuleLike & { raw_value?: { value?: string } | null; value: unknown }

/**
 * The rules that could apply to lines of these distributors and products, with values as exact decimal text,
 * in one query; plus each product's categories, which category rules match on.
 */
export async function loadCommissionInputs(
  query: Omit<RemoteQueryFunction, symbol>,
  lines: Array<Pick<CommissionLine, "product_id">>
): Promise<{ rules: CommissionRuleLike[]; categoriesByProduct: Map<string, string[]> }> {
  const productIds = [...new Set(lines.map((l) => l.product_id).filter((id): id is string => !!id))]
  const categoriesByProduct = new Map<string, string[]>()
  if (productIds.length) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
    for (const product of data as Array<{ id: string; categories?: Array<{ id: string } | null> | null }>) {
      categoriesByProduct.set(
        product.id,
        (product.categories ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id)
      )
    }
  }
  const { data } = await query.graph({
    entity: "commission_rule",
    fields: ["id", "scope", "scope_id", "type", "value", "raw_value", "effective_from", "effective_to", "priority", "is_active"],
    filters: { is_active: true },
  })
  const rules = (data as StoredRule[]).map((rule) => ({
    ...rule,
    value: String(rule.raw_value?.value ?? rule.value),
  }))
  return { rules, categoriesByProduct }
}
