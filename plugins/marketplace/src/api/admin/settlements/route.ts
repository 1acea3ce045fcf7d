import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../utils/list-response"
import { SETTLEMENT_FIELDS } from "./settlement-view"
import type { AdminGetSettlementsType } from "./validators"

/** Settlements, latest period first; filter by distributor_id and status. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetSettlementsType>, res: MedusaResponse) {
  const { distributor_id, status } = req.validatedQuery
  await respondWithList(
    req,
    res,
    "settlements",
    "settlement",
    [...SETTLEMENT_FIELDS, "distributor.slug", "distributor.legal_name", "distributor.trade_name"],
    { distributor_id, status }
  )
}
