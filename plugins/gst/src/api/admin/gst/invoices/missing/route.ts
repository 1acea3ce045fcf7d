import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GST_MODULE, GstModuleService } from "../../../../../modules/gst"
import type { GetMissingInvoicesType } from "../validators"

/**
 * Orders without a tax invoice: of the orders on the requested page (newest first), those that have no
 * issued invoice, so a failed issue is visible and can be retried with POST /admin/gst/invoices.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetMissingInvoicesType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "created_at", "currency_code", "total", "status"],
    filters: { status: { $ne: "draft" } },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const ids = orders.map((o) => o.id)
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const invoices = ids.length
    ? await gst.listGstTaxDocuments({ order_id: ids, document_type: "invoice", status: "issued" }, { select: ["order_id"] })
    : []
  const invoiced = new Set(invoices.map((d) => d.order_id))
  res.json({
    orders: orders.filter((o) => !invoiced.has(o.id) && o.status !== "canceled"),
    count: metadata?.count ?? orders.length,
    offset,
    limit,
  })
}
