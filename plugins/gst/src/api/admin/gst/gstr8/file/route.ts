import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"
import { fileGstr8Workflow } from "../../../../../workflows/post-tcs-collection"
import { gstr8Gstin } from "../target"
import type { PostGstr8FileType } from "../validators"

/**
 * Records that the period's GSTR-8 was filed on the portal (optionally with its ARN). From then on, TCS posted
 * for the period is reported as an amendment (tcsa) in the next statement. Filing again returns the first filing.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostGstr8FileType>, res: MedusaResponse) {
  const gst = req.scope.resolve<GstModuleService>(GST_MODULE)
  const gstin = await gstr8Gstin(gst, req.validatedBody.gstin)
  const { result } = await fileGstr8Workflow(req.scope).run({
    input: { gstin, period: req.validatedBody.period, arn: req.validatedBody.arn ?? null, filed_by: req.auth_context?.actor_id ?? null },
  })
  res.json({ gstr8_period: result })
}
