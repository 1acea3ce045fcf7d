import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetGstr8Download, Gstr8Target, PostGstr8File } from "./validators"

export const gstr8Routes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/gst/gstr8", middlewares: [validateAndTransformQuery(Gstr8Target, {})] },
  { method: ["GET"], matcher: "/admin/gst/gstr8/download", middlewares: [validateAndTransformQuery(GetGstr8Download, {})] },
  { method: ["POST"], matcher: "/admin/gst/gstr8/file", middlewares: [validateAndTransformBody(PostGstr8File)] },
]
