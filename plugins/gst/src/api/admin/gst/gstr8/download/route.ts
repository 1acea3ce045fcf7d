import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"
import { gstr8Gstin } from "../target"
import type { GetGstr8DownloadType } from "../validators"

/** GSTR-8 as the offline tool's JSON (exact decimals) or as CSV, sent as an attachment. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetGstr8DownloadType>, res: MedusaResponse) {
  const gst = req.scope.resolve<GstModuleService>(GST_MODULE)
  const gstin = await gstr8Gstin(gst, req.validatedQuery.gstin)
  const statement = await gst.gstr8({ gstin, period: req.validatedQuery.period })
  const name = `GSTR8_${gstin}_${statement.fp}`
  if (req.validatedQuery.format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.csv"`)
    res.end(statement.csv)
    return
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}.json"`)
  res.end(statement.json)
}
