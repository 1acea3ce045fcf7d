import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeDistributorStatusWorkflow } from "../../../../../workflows/change-distributor-status"
import { DISTRIBUTOR_FIELDS } from "../../../../utils/query-fields"
import type { PostAdminDistributorStatusType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<PostAdminDistributorStatusType>, res: MedusaResponse) {
  await changeDistributorStatusWorkflow(req.scope).run({
    input: {
      distributor_id: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason ?? null,
      actor: { actor_type: "user", actor_id: req.auth_context.actor_id },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "distributor", fields: DISTRIBUTOR_FIELDS, filters: { id: req.params.id } })
  res.json({ distributor: data[0] })
}
