import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../send-statement"
import type { StatementQueryType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  await sendStatement(req.scope, res, req.params.id, req.validatedQuery.format)
}
