import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { distributorContext } from "../../utils/distributor-context"
import { respondWithList } from "../../utils/list-response"
import { MEMBER_FIELDS } from "../../utils/query-fields"
import type { GetDistributorListType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetDistributorListType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await respondWithList(req, res, "members", "distributor_member", MEMBER_FIELDS, { distributor_id: context.distributor_id })
}
