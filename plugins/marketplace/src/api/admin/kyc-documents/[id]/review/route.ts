import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewKycDocumentWorkflow } from "../../../../../workflows/review-kyc-document"
import type { PostAdminKycReviewType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<PostAdminKycReviewType>, res: MedusaResponse) {
  const { result } = await reviewKycDocumentWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason ?? null,
      reviewed_by: req.auth_context.actor_id,
    },
  })
  res.json({ kyc_document: result })
}
