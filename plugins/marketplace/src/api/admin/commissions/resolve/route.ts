import { formatMoney, parseMoney } from "@haat/india"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeLineCommission } from "../../../../lib/commission"
import { loadCommissionInputs } from "../../../../lib/commission-rules-loader"
import type { PostAdminCommissionResolveType } from "../../validators"

/**
 * Which rule applies to a line, and the commission it gives, exactly as the order split will compute it:
 * for checking a set of rules before it goes live.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostAdminCommissionResolveType>, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rules, categoriesByProduct } = await loadCommissionInputs(query, [body])
  const { rule, amount_paise } = computeLineCommission(
    rules,
    {
      distributor_id: body.distributor_id,
      product_id: body.product_id ?? null,
      category_ids: body.product_id ? (categoriesByProduct.get(body.product_id) ?? []) : [],
      quantity: body.quantity,
      base_paise: parseMoney(body.amount),
    },
    body.at ?? new Date()
  )
  res.json({
    commission_rule: rule ? { id: rule.id, scope: rule.scope, scope_id: rule.scope_id, type: rule.type, value: rule.value } : null,
    commission_amount: formatMoney(amount_paise),
  })
}
