import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteHsnCodeWorkflow } from "../../../../../workflows/delete-hsn-code"
import { updateHsnCodeWorkflow } from "../../../../../workflows/update-hsn-code"
import { answeringConflicts, retrieveHsnCode } from "../present"
import type { PostHsnCodeUpdateType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ hsn_code: await retrieveHsnCode(req.scope, req.params.id) })
}

/** Description and UQC only: the code is the entry's identity (a reclassification is a new code). */
export async function POST(req: AuthenticatedMedusaRequest<PostHsnCodeUpdateType>, res: MedusaResponse) {
  await updateHsnCodeWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ hsn_code: await retrieveHsnCode(req.scope, req.params.id) })
}

/** Refused (409, with how many products and variants) while anything is classified under the code. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringConflicts(res, async () => {
    const { result } = await deleteHsnCodeWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: result.id, object: "hsn_code", deleted: true })
  })
}
