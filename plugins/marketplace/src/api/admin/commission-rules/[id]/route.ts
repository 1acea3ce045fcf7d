import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteCommissionRuleWorkflow, updateCommissionRuleWorkflow } from "../../../../workflows/commission-rules"
import { COMMISSION_RULE_FIELDS } from "../../../utils/query-fields"
import { commissionRuleProblems, PostAdminCommissionRuleUpdateType } from "../../validators"

async function findRule(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "commission_rule",
    fields: [...COMMISSION_RULE_FIELDS, "raw_value"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule ${req.params.id} was not found`)
  }
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { raw_value: _raw, ...rule } = await findRule(req)
  res.json({ commission_rule: rule })
}

export async function POST(req: AuthenticatedMedusaRequest<PostAdminCommissionRuleUpdateType>, res: MedusaResponse) {
  const stored = await findRule(req)
  const body = req.validatedBody
  const problems = commissionRuleProblems({
    scope: stored.scope,
    scope_id: stored.scope_id,
    type: body.type ?? stored.type,
    value: body.value ?? String((stored.raw_value as { value?: string } | null)?.value ?? stored.value),
    effective_from: body.effective_from ?? new Date(stored.effective_from),
    effective_to: body.effective_to === undefined ? (stored.effective_to ? new Date(stored.effective_to) : null) : body.effective_to,
  })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
  const { result } = await updateCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id, ...body } })
  res.json({ commission_rule: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await findRule(req)
  await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
