import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../utils/list-response"
import { DISTRIBUTOR_FIELDS } from "../../utils/query-fields"
import type { GetAdminDistributorsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminDistributorsType>, res: MedusaResponse) {
  const { status, q } = req.validatedQuery
  await respondWithList(req, res, "distributors", "distributor", DISTRIBUTOR_FIELDS, { status, q })
}
