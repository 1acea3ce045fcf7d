import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"
import { retrieveGstTaxDocument, TAX_DOCUMENT_LIST_FIELDS } from "../helpers"

/** A tax document with its lines, its ledger entries and the credit notes issued against it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await retrieveGstTaxDocument(req.scope, req.params.id)
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const [credit_notes, ledger_entries] = await Promise.all([
    gst.listGstTaxDocuments(
      { original_document_id: document.id, document_type: "credit_note" },
      { select: TAX_DOCUMENT_LIST_FIELDS as never, order: { created_at: "ASC" } }
    ),
    gst.listGstLedgerEntries({ source_id: document.id }, { order: { created_at: "ASC" } }),
  ])
  res.json({ tax_document: { ...document, credit_notes, ledger_entries } })
}
