import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueCreditNoteWorkflow } from "../../../../../../workflows/issue-credit-note"
import { retrieveGstTaxDocument } from "../../helpers"
import type { PostCreditNoteType } from "../../validators"

/**
 * A credit note against this invoice for a reduction agreed after the sale (a post-sale discount, a
 * short delivery, goods returned outside a Medusa return). Each line gives a quantity or an amount
 * (GST included); nothing is issued when any line asks for more than is left on the invoice.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostCreditNoteType>, res: MedusaResponse) {
  const invoice = await retrieveGstTaxDocument(req.scope, req.params.id, { document_type: "invoice" })
  const { result } = await issueCreditNoteWorkflow(req.scope).run({
    input: {
      invoice_id: invoice.id,
      reason: req.validatedBody.reason,
      requests: req.validatedBody.lines,
    },
  })
  res.status(201).json({ tax_document: await retrieveGstTaxDocument(req.scope, result.id) })
}
