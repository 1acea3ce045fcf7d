import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { distributorContext } from "../../../utils/distributor-context"
import { KYC_FIELDS } from "../../../utils/query-fields"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "kyc_document",
    fields: KYC_FIELDS,
    filters: { id: req.params.id, distributor_id: context.distributor_id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `KYC document ${req.params.id} was not found`)
  }
  res.json({ kyc_document: data[0] })
}
