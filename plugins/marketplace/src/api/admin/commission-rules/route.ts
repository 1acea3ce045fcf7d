import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCommissionRuleWorkflow } from "../../../workflows/commission-rules"
import { respondWithList } from "../../utils/list-response"
import { COMMISSION_RULE_FIELDS } from "../../utils/query-fields"
import type { GetAdminCommissionRulesType, PostAdminCommissionRuleType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminCommissionRulesType>, res: MedusaResponse) {
  const { scope, scope_id } = req.validatedQuery
  await respondWithList(req, res, "commission_rules", "commission_rule", COMMISSION_RULE_FIELDS, { scope, scope_id })
}

export async function POST(req: AuthenticatedMedusaRequest<PostAdminCommissionRuleType>, res: MedusaResponse) {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({
    input: { ...req.validatedBody, scope_id: req.validatedBody.scope_id ?? null },
  })
  res.status(201).json({ commission_rule: result })
}
