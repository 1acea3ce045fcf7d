import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"
import { assertRegisteredGstin } from "../../../../../workflows/steps/validate-gst-return-registration"
import type { GetGstReturnPreviewType } from "../validators"

/** A quick synchronous summary: GSTR-1 section counts and totals, or GSTR-3B tables 3.1/3.2 with the ledger check. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetGstReturnPreviewType>, res: MedusaResponse) {
  const gst = req.scope.resolve<GstModuleService>(GST_MODULE)
  await assertRegisteredGstin(gst, req.validatedQuery.gstin)
  res.json({ gst_return_preview: await gst.previewGstReturn(req.validatedQuery) })
}
