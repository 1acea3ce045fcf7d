import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { istDate } from "../lib"
import { buildTaxInvoice } from "./invoices/build-tax-invoice"
import { issueGstDocumentStep } from "./invoices/steps/issue-gst-document"
import { loadInvoiceOrderStep } from "./invoices/steps/load-invoice-order"
import { resolveGstSupplierStep } from "./invoices/steps/resolve-gst-supplier"

export type IssueTaxInvoiceInput = { order_id: string }

/**
 * Issues the tax invoice of an order (CGST Act s.31, CGST Rules r.46). Idempotent: the document carries the
 * key invoice:<order>:<supplier GSTIN>, so a replayed order.placed or a retry returns the invoice already
 * issued instead of a second one.
 */
export const issueTaxInvoiceWorkflow = createWorkflow("issue-tax-invoice", (input: IssueTaxInvoiceInput) => {
  const loaded = loadInvoiceOrderStep(input)
  const supplierInput = transform({ loaded }, ({ loaded }) => ({
    shipping_option_ids: loaded.shipping_option_ids,
    order_label: loaded.order.display_id ? `#${loaded.order.display_id}` : loaded.order.id,
  }))
  const supplier = resolveGstSupplierStep(supplierInput)
  const document = transform({ loaded, supplier }, ({ loaded, supplier }) =>
    buildTaxInvoice({
      order: loaded.order,
      supplier,
      prefix: loaded.invoice_prefix,
      // Dated the day it is issued; a retried issue after a failure carries the day of the retry.
      issue_date: istDate(new Date()),
    })
  )
  const issued = issueGstDocumentStep(document)
  return new WorkflowResponse(issued)
})
