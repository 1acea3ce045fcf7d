import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../../../admin/settlements/send-statement"
import type { StatementQueryType } from "../../../../admin/settlements/validators"
import { distributorContext } from "../../../../utils/distributor-context"

export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await sendStatement(req.scope, res, req.params.id, req.validatedQuery.format, context.distributor_id)
}
