import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "@haat/gst/modules/gst"
import { distributorGstin } from "../../../../marketplace-gst/distributor-gstin"
import type { GetDistributorTaxDocumentsType } from "../validators"

/** The tax invoices and credit notes issued in the logged-in distributor's GSTIN, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetDistributorTaxDocumentsType>, res: MedusaResponse) {
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const filters: Record<string, unknown> = { supplier_gstin: await distributorGstin(req) }
  if (req.validatedQuery.order_id) filters.order_id = req.validatedQuery.order_id
  if (req.validatedQuery.document_type) filters.document_type = req.validatedQuery.document_type
  const { skip, take, order } = req.queryConfig.pagination
  const [tax_documents, count] = await gst.listAndCountGstTaxDocuments(filters, {
    select: req.queryConfig.fields as never,
    skip,
    take,
    order,
  })
  res.json({ tax_documents, count, offset: skip, limit: take })
}
