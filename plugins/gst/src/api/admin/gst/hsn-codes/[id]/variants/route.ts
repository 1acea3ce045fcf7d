import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkHsnCodeWorkflow } from "../../../../../../workflows/link-hsn-code"
import { retrieveHsnCode } from "../../present"
import type { PostHsnLinksType } from "../../validators"

/** Puts variants under this HSN code (moving them off their old one) or takes them off it. :id is the HSN's id or the code itself. */
export async function POST(req: AuthenticatedMedusaRequest<PostHsnLinksType>, res: MedusaResponse) {
  const { result } = await linkHsnCodeWorkflow(req.scope).run({
    input: { hsn: req.params.id, target: "variant", add: req.validatedBody.add, remove: req.validatedBody.remove },
  })
  res.json({ hsn_code: await retrieveHsnCode(req.scope, result.hsn_code.id), result })
}
