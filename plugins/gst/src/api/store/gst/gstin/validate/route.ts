import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeGstin } from "../../../../admin/gst/gstin/describe-gstin"
import type { PostGstinValidateType } from "../../../../admin/gst/validators"

/** POST /store/gst/gstin/validate — lets checkout check a buyer's GSTIN before it is put on the cart. */
export async function POST(req: MedusaRequest<PostGstinValidateType>, res: MedusaResponse) {
  res.json({ gstin: describeGstin(req.validatedBody.gstin) })
}
