import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGstReturnExportWorkflow } from "../../../../workflows/create-gst-return-export"
import type { GetGstReturnsType, PostGstReturnType } from "./validators"

/** Past exports, newest first by default; their results are fetched through /:id and /:id/download. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetGstReturnsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { gstin, period, return_type } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (gstin) filters.gstin = gstin.trim().toUpperCase()
  if (period) filters.period = period
  if (return_type) filters.return_type = return_type
  const { data: gst_return_exports, metadata } = await query.graph({
    entity: "gst_return_export",
    fields: req.queryConfig.fields,
    filters,
    pagination: { order: { created_at: "DESC" }, ...req.queryConfig.pagination },
  })
  res.json({
    gst_return_exports,
    count: metadata?.count ?? gst_return_exports.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? gst_return_exports.length,
  })
}

/** Starts preparing a return in the background: 202 with the export to poll. */
export async function POST(req: AuthenticatedMedusaRequest<PostGstReturnType>, res: MedusaResponse) {
  const { result } = await createGstReturnExportWorkflow(req.scope).run({
    input: { ...req.validatedBody, requested_by: req.auth_context?.actor_id ?? null },
  })
  res.status(202).json({ gst_return_export: result })
}
