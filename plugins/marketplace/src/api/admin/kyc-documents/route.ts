import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../utils/list-response"
import { KYC_FIELDS } from "../../utils/query-fields"
import type { GetAdminKycDocumentsType } from "../validators"

/** The KYC review queue: filter by status (pending for what waits) and distributor. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminKycDocumentsType>, res: MedusaResponse) {
  const { status, distributor_id } = req.validatedQuery
  await respondWithList(
    req,
    res,
    "kyc_documents",
    "kyc_document",
    [...KYC_FIELDS, "distributor.id", "distributor.legal_name", "distributor.status"],
    { status, distributor_id }
  )
}
