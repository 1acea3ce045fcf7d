import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeGstin } from "../describe-gstin"
import type { PostGstinValidateType } from "../../validators"

/** POST /admin/gst/gstin/validate — why a GSTIN is or is not well formed. */
export async function POST(req: MedusaRequest<PostGstinValidateType>, res: MedusaResponse) {
  res.json({ gstin: describeGstin(req.validatedBody.gstin) })
}
