import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listResponse } from "../../utils/list-response"
import { KYC_FIELDS } from "../../utils/query-fields"
import type { GetAdminKycDocumentsType } from "../validators"

/** The KYC review queue: filter by status (pending for what waits) and distributor. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminKycDocumentsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, distributor_id } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (distributor_id) filters.distributor_id = distributor_id
  const { data, metadata } = await query.graph({
    entity: "kyc_document",
    fields: [...KYC_FIELDS, "distributor.id", "distributor.legal_name", "distributor.status"],
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json(listResponse("kyc_documents", data, metadata))
}
