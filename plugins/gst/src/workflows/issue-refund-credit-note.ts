import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { IssueDocumentInput } from "../modules/gst/service"
import { issueGstDocumentStep } from "./invoices/steps/issue-gst-document"
import { prepareRefundCreditNoteStep } from "./invoices/steps/prepare-refund-credit-note"

/**
 * A credit note for a refund that no return accounts for (CGST Act s.34(1): the taxable value charged
 * exceeds the value of the supply). Issues nothing when earlier credit notes already cover the refunds.
 */
export const issueRefundCreditNoteWorkflow = createWorkflow("issue-refund-credit-note", (input: { payment_id: string }) => {
  const draft = prepareRefundCreditNoteStep(input)
  const issued = when({ draft }, ({ draft }) => draft !== null).then(() => issueGstDocumentStep(draft as IssueDocumentInput))
  const result = transform({ issued }, ({ issued }) => issued ?? null)
  return new WorkflowResponse(result)
})
