import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteHsnCodeWorkflow } from "../../../../../workflows/delete-hsn-code"
import { updateHsnCodeWorkflow } from "../../../../../workflows/update-hsn-code"
import { answeringConflicts, retrieveHsnCode } from "../present"
import type { PostHsnCodeUpdateType } from "../validators"
import { uqcError } from "../../../../../lib"
import { MedusaError } from "@medusajs/framework/utils"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ hsn_code: await retrieveHsnCode(req.scope, req.params.id) })
}

/** Description and UQC only: the code is the entry's identity (add a new code for a reclassification). */
export async function POST(req: AuthenticatedMedusaRequest<PostHsnCodeUpdateType>, res: MedusaResponse) {
  const hsn = await retrieveHsnCode(req.scope, req.params.id)
  const { uqc } = req.validatedBody
  const uqcProblem = uqc ? uqcError(uqc, hsn.kind) : null
  if (uqcProblem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, uqcProblem)
  }
  await updateHsnCodeWorkflow(req.scope).run({ input: { id: hsn.id, ...req.validatedBody } })
  res.json({ hsn_code: await retrieveHsnCode(req.scope, hsn.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringConflicts(res, async () => {
    const { result } = await deleteHsnCodeWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: result.id, object: "hsn_code", deleted: true })
  })
}
