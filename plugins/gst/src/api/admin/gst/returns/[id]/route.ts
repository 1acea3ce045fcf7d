import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"

/** Status, progress (0-100) and, once done, the summary of one export. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const gst = req.scope.resolve<GstModuleService>(GST_MODULE)
  res.json({ gst_return_export: await gst.retrieveGstReturnExportStatus(req.params.id) })
}
