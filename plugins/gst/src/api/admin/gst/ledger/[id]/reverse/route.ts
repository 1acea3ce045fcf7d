import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../../modules/gst"
import { reverseLedgerEntryWorkflow } from "../../../../../../workflows/reverse-ledger-entry"
import type { PostLedgerReverseType } from "../../validators"

/** Corrects a ledger row the only way the ledger allows: a reversing row. Asking twice returns the first reversal. */
export async function POST(req: AuthenticatedMedusaRequest<PostLedgerReverseType>, res: MedusaResponse) {
  const { result } = await reverseLedgerEntryWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const ledger_entry = await gst.retrieveGstLedgerEntry(result.id)
  res.status(result.created ? 201 : 200).json({ ledger_entry })
}
