import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderTaxDocumentPdf } from "../../../../../../pdf/render-tax-document"
import { pdfFileName, retrieveGstTaxDocument } from "../../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await retrieveGstTaxDocument(req.scope, req.params.id)
  const pdf = await renderTaxDocumentPdf(document)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${pdfFileName(document.number)}"`)
  res.send(pdf)
}
