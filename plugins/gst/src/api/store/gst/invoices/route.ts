import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../modules/gst"
import type { GetStoreTaxDocumentsType } from "./validators"

/** The logged-in customer's own tax invoices and credit notes, optionally for one order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetStoreTaxDocumentsType>, res: MedusaResponse) {
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const filters: Record<string, unknown> = { customer_id: req.auth_context.actor_id }
  if (req.validatedQuery.order_id) filters.order_id = req.validatedQuery.order_id
  const { skip, take, order } = req.queryConfig.pagination
  const [tax_documents, count] = await gst.listAndCountGstTaxDocuments(filters, {
    select: req.queryConfig.fields as never,
    skip,
    take,
    order,
  })
  res.json({ tax_documents, count, offset: skip, limit: take })
}
