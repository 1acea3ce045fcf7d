import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetGstReturnDownload, GetGstReturnPreview, GetGstReturns, PostGstReturn } from "./validators"

const exportFields = ["id", "return_type", "gstin", "period", "status", "progress", "error", "requested_by", "created_at", "updated_at"]

export const returnRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/gst/returns",
    middlewares: [validateAndTransformQuery(GetGstReturns, { defaults: exportFields, isList: true })],
  },
  { method: ["POST"], matcher: "/admin/gst/returns", middlewares: [validateAndTransformBody(PostGstReturn)] },
  {
    method: ["GET"],
    matcher: "/admin/gst/returns/preview",
    middlewares: [validateAndTransformQuery(GetGstReturnPreview, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/gst/returns/:id/download",
    middlewares: [validateAndTransformQuery(GetGstReturnDownload, {})],
  },
]
