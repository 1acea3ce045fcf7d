import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"
import type { GetLedgerBalancesType } from "../validators"

/** Net tax per GSTIN, return period and head (output tax less credit notes, with reversals), from/to inclusive. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetLedgerBalancesType>, res: MedusaResponse) {
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const balances = await gst.ledgerBalances(req.validatedQuery)
  res.json({ balances, count: balances.length })
}
