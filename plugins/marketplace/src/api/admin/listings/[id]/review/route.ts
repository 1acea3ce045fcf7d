import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewListingWorkflow } from "../../../../../workflows/review-listing"
import type { PostAdminListingReviewType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<PostAdminListingReviewType>, res: MedusaResponse) {
  const { result } = await reviewListingWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason ?? null,
      variant_id: req.validatedBody.variant_id ?? null,
      reviewed_by: req.auth_context.actor_id,
    },
  })
  res.json({ listing: result })
}
