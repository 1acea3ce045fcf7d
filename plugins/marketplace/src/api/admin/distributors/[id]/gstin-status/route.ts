import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setDistributorGstinStatusWorkflow } from "../../../../../workflows/set-distributor-gstin-status"
import { DISTRIBUTOR_FIELDS } from "../../../../utils/query-fields"
import type { PostAdminDistributorGstinStatusType } from "../../../validators"

/** Records the GSTIN's standing on the GST portal: `suspended` or `cancelled` stops the distributor selling at once. */
export async function POST(req: AuthenticatedMedusaRequest<PostAdminDistributorGstinStatusType>, res: MedusaResponse) {
  await setDistributorGstinStatusWorkflow(req.scope).run({
    input: {
      distributor_id: req.params.id,
      gstin_status: req.validatedBody.gstin_status,
      reason: req.validatedBody.reason ?? null,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "distributor", fields: DISTRIBUTOR_FIELDS, filters: { id: req.params.id } })
  res.json({ distributor: data[0] })
}
