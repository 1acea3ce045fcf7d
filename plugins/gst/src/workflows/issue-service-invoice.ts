import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildServiceInvoice, ServiceInvoiceBuyer, ServiceInvoiceLine } from "./invoices/build-service-invoice"
import { issueGstDocumentStep } from "./invoices/steps/issue-gst-document"
import { loadDefaultRegistrationStep } from "./steps/load-default-registration"

export type IssueServiceInvoiceInput = {
  /** One invoice per key (e.g. `commission_invoice:<settlement id>`): a replay returns the first invoice. */
  idempotency_key: string
  buyer: ServiceInvoiceBuyer
  lines: ServiceInvoiceLine[]
  /** Series prefix; default the option `service_invoice_prefix` ("SRV"). */
  prefix?: string
  reason?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Issues a B2B tax invoice for a service the store renders (CGST Act s.31(2), CGST Rules r.46), such as a
 * marketplace's commission to a seller: supplier = the default GST registration, buyer = a GSTIN, numbered in
 * the store's own `commission_invoice` series, its output tax posted to the GST ledger. Idempotent by key;
 * undone by cancelling the document (its number stays used).
 */
export const issueServiceInvoiceWorkflow = createWorkflow("issue-service-invoice", (input: IssueServiceInvoiceInput) => {
  const operator = loadDefaultRegistrationStep({ purpose: "service invoice" })
  const document = transform({ input, operator }, ({ input, operator }) =>
    buildServiceInvoice({
      supplier: operator.supplier,
      buyer: input.buyer,
      lines: input.lines,
      prefix: input.prefix ?? operator.service_invoice_prefix,
      idempotency_key: input.idempotency_key,
      reason: input.reason,
      metadata: input.metadata,
    })
  )
  const issued = issueGstDocumentStep(document)
  return new WorkflowResponse(issued)
})
