import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setDistributorBankDetailsWorkflow } from "../../../../workflows/set-distributor-bank-details"
import { distributorContext, requireOwner } from "../../../utils/distributor-context"
import { DISTRIBUTOR_FIELDS } from "../../../utils/query-fields"
import type { PostDistributorBankDetailsType } from "../../validators"

/** Sets the payout account; the answer shows the account by its last four digits only. */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorBankDetailsType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  requireOwner(context, "change the payout bank account")
  await setDistributorBankDetailsWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, bank: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "distributor", fields: DISTRIBUTOR_FIELDS, filters: { id: context.distributor_id } })
  res.json({ distributor: data[0] })
}
