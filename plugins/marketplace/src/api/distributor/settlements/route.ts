import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGetSettlementsType } from "../../admin/settlements/validators"
import { SETTLEMENT_FIELDS } from "../../admin/settlements/settlement-view"
import { distributorContext } from "../../utils/distributor-context"
import { respondWithList } from "../../utils/list-response"

/** The distributor's own settlements, latest period first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetSettlementsType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await respondWithList(req, res, "settlements", "settlement", SETTLEMENT_FIELDS, {
    distributor_id: context.distributor_id,
    status: req.validatedQuery.status,
  })
}
