import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommissionRuleWorkflow } from "../../../workflows/commission-rules"
import { listResponse } from "../../utils/list-response"
import { COMMISSION_RULE_FIELDS } from "../../utils/query-fields"
import type { GetAdminCommissionRulesType, PostAdminCommissionRuleType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminCommissionRulesType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { scope, scope_id } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (scope) filters.scope = scope
  if (scope_id) filters.scope_id = scope_id
  const { data, metadata } = await query.graph({
    entity: "commission_rule",
    fields: COMMISSION_RULE_FIELDS,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json(listResponse("commission_rules", data, metadata))
}

export async function POST(req: AuthenticatedMedusaRequest<PostAdminCommissionRuleType>, res: MedusaResponse) {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({
    input: { ...req.validatedBody, scope_id: req.validatedBody.scope_id ?? null },
  })
  res.status(201).json({ commission_rule: result })
}
