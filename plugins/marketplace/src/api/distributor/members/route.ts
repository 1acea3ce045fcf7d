import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { distributorContext } from "../../utils/distributor-context"
import { listResponse } from "../../utils/list-response"
import { MEMBER_FIELDS } from "../../utils/query-fields"
import type { GetDistributorListType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetDistributorListType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "distributor_member",
    fields: MEMBER_FIELDS,
    filters: { distributor_id: context.distributor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json(listResponse("members", data, metadata))
}
