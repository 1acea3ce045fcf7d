import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { istDate } from "../lib"
import { buildTaxInvoice, splitOrderBySupplier } from "./invoices/build-tax-invoice"
import { issueGstDocumentsStep } from "./invoices/steps/issue-gst-document"
import { loadInvoiceOrderStep } from "./invoices/steps/load-invoice-order"
import { resolveGstSupplierStep } from "./invoices/steps/resolve-gst-supplier"
import { resolveInvoiceSuppliersStep } from "./invoices/steps/resolve-invoice-suppliers"

export type IssueTaxInvoiceInput = { order_id: string }

/**
 * Issues the tax invoices of an order (CGST Act s.31, CGST Rules r.46): one per supplier. Lines the app's
 * resolveSupplier hook (resolve-gst-supply) gives to another GSTIN, such as a marketplace distributor's, are
 * invoiced in that GSTIN and its own number series; the store's own lines and delivery in the store's. All are
 * issued in one transaction, store's first. Idempotent: each document carries the key
 * invoice:<order>:<supplier GSTIN>, so a replayed order.placed or a retry returns the invoices already issued.
 */
export const issueTaxInvoiceWorkflow = createWorkflow("issue-tax-invoice", (input: IssueTaxInvoiceInput) => {
  const loaded = loadInvoiceOrderStep(input)
  const label = transform({ loaded }, ({ loaded }) => (loaded.order.display_id ? `#${loaded.order.display_id}` : loaded.order.id))
  const suppliersInput = transform({ input, label }, ({ input, label }) => ({ order_id: input.order_id, order_label: label }))
  const suppliers = resolveInvoiceSuppliersStep(suppliersInput)
  const storeInput = transform({ loaded, label, suppliers }, ({ loaded, label, suppliers }) => ({
    shipping_option_ids: loaded.shipping_option_ids,
    order_label: label,
    optional: loaded.order.lines.every((line) => !!line.line_item_id && !!suppliers[line.line_item_id] && line.line_type === "item"),
  }))
  const store = resolveGstSupplierStep(storeInput)
  const documents = transform({ loaded, store, suppliers }, ({ loaded, store, suppliers }) => {
    // Dated the day they are issued; a retried issue after a failure carries the day of the retry.
    const issueDate = istDate(new Date())
    return splitOrderBySupplier(loaded.order, store, suppliers).map((group) =>
      buildTaxInvoice({ order: group.order, supplier: group.supplier, prefix: loaded.invoice_prefix, issue_date: issueDate })
    )
  })
  const issued = issueGstDocumentsStep(documents)
  return new WorkflowResponse(issued)
})
