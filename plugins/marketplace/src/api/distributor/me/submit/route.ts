import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { submitDistributorForReviewWorkflow } from "../../../../workflows/submit-distributor-for-review"
import { distributorContext } from "../../../utils/distributor-context"
import { DISTRIBUTOR_FIELDS } from "../../../utils/query-fields"

/** Sends the distributor for review (pending → in_review, or rejected → in_review on resubmission). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  await submitDistributorForReviewWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, member_id: context.member_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "distributor", fields: DISTRIBUTOR_FIELDS, filters: { id: context.distributor_id } })
  res.json({ distributor: data[0] })
}
