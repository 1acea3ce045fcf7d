import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../modules/gst"
import { issueTaxInvoiceWorkflow } from "../../../../workflows/issue-tax-invoice"
import { retrieveGstTaxDocument } from "./helpers"
import type { GetTaxDocumentsType, PostTaxInvoiceType } from "./validators"

/** Tax invoices and credit notes, newest first, filtered by type, supplier GSTIN, return period, order or number. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetTaxDocumentsType>, res: MedusaResponse) {
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const { document_type, supplier_gstin, period, order_id, status, q } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (document_type) filters.document_type = document_type
  if (supplier_gstin) filters.supplier_gstin = supplier_gstin
  if (period) filters.period = period
  if (order_id) filters.order_id = order_id
  if (status) filters.status = status
  if (q) filters.number = { $ilike: `%${q}%` }
  const { skip, take, order } = req.queryConfig.pagination
  const [tax_documents, count] = await gst.listAndCountGstTaxDocuments(filters, {
    select: req.queryConfig.fields as never,
    skip,
    take,
    order,
  })
  res.json({ tax_documents, count, offset: skip, limit: take })
}

/**
 * Issues the tax invoices of an order now: for an order whose invoices failed at placement (no GST
 * registration yet, a product without HSN). Returns the existing invoices when they were issued already.
 * `tax_document` is the first (the store's own, when it supplied any of the order); `tax_documents` all of
 * them, one per supplier GSTIN.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostTaxInvoiceType>, res: MedusaResponse) {
  const { result } = await issueTaxInvoiceWorkflow(req.scope).run({ input: { order_id: req.validatedBody.order_id } })
  const tax_documents = await Promise.all(result.map((document) => retrieveGstTaxDocument(req.scope, document.id)))
  res.status(result.some((d) => d.created) ? 201 : 200).json({ tax_document: tax_documents[0], tax_documents })
}
