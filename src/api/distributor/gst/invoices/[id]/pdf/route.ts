import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pdfFileName, retrieveGstTaxDocument } from "@haat/gst/api/admin/gst/invoices/helpers"
import { renderTaxDocumentPdf } from "@haat/gst/pdf/render-tax-document"
import { distributorGstin } from "../../../../../../marketplace-gst/distributor-gstin"

/** One of the distributor's own tax documents as PDF (CGST Rules r.46); another supplier's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await retrieveGstTaxDocument(req.scope, req.params.id, { supplier_gstin: await distributorGstin(req) })
  const pdf = await renderTaxDocumentPdf(document)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${pdfFileName(document.number)}"`)
  res.send(pdf)
}
