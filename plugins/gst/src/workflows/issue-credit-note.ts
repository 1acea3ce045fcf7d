import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueGstDocumentStep } from "./invoices/steps/issue-gst-document"
import { prepareCreditNoteStep, PrepareCreditNoteInput } from "./invoices/steps/prepare-credit-note"

export type IssueCreditNoteInput = PrepareCreditNoteInput

/**
 * Issues a credit note against a tax invoice (CGST Act s.34(1), CGST Rules r.53(1A)): for goods returned,
 * or a reduction of value after the sale. Tax is reversed per line in proportion to what is credited, and
 * never beyond what is left on the invoice.
 */
export const issueCreditNoteWorkflow = createWorkflow("issue-credit-note", (input: IssueCreditNoteInput) => {
  const draft = prepareCreditNoteStep(input)
  const issued = issueGstDocumentStep(draft)
  return new WorkflowResponse(issued)
})
