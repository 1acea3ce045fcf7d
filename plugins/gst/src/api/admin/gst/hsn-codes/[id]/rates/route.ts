import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addHsnRateWorkflow } from "../../../../../../workflows/add-hsn-rate"
import { answeringConflicts, retrieveHsnCode } from "../../present"
import type { HsnRateBodyType } from "../../validators"

/** A new notification: the rate of this code from a date on. Earlier invoices keep the rate of their date. */
export async function POST(req: AuthenticatedMedusaRequest<HsnRateBodyType>, res: MedusaResponse) {
  await answeringConflicts(res, async () => {
    await addHsnRateWorkflow(req.scope).run({ input: { ...req.validatedBody, hsn_code_id: req.params.id } })
    res.status(201).json({ hsn_code: await retrieveHsnCode(req.scope, req.params.id) })
  })
}
