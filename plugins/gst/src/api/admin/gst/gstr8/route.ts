import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../modules/gst"
import { gstr8Gstin } from "./target"
import type { Gstr8TargetType } from "./validators"

/** GSTR-8 preview: per supplier GSTIN its supplies, returns, net value and TCS by head, and amendments (tcsa). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Gstr8TargetType>, res: MedusaResponse) {
  const gst = req.scope.resolve<GstModuleService>(GST_MODULE)
  const gstin = await gstr8Gstin(gst, req.validatedQuery.gstin)
  const { json: _json, csv: _csv, ...statement } = await gst.gstr8({ gstin, period: req.validatedQuery.period })
  res.json({ gstr8: statement })
}
