import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DISTRIBUTOR_FIELDS, KYC_FIELDS, MEMBER_FIELDS, STATUS_CHANGE_FIELDS } from "../../../utils/query-fields"

/** A distributor with its KYC documents, members, warehouses and the full status history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "distributor",
    fields: [
      ...DISTRIBUTOR_FIELDS,
      ...KYC_FIELDS.map((f) => `kyc_documents.${f}`),
      ...MEMBER_FIELDS.map((f) => `members.${f}`),
      ...STATUS_CHANGE_FIELDS.map((f) => `status_changes.${f}`),
      "stock_locations.id",
      "stock_locations.name",
    ],
    filters: { id: req.params.id },
  })
  const distributor = data[0]
  if (!distributor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Distributor ${req.params.id} was not found`)
  }
  const history = [...(distributor.status_changes ?? [])].sort(
    (a, b) => new Date(a!.changed_at).getTime() - new Date(b!.changed_at).getTime()
  )
  res.json({ distributor: { ...distributor, status_changes: history } })
}
