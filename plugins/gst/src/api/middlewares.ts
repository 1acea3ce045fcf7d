import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  GetGstRegistrations,
  PostGstinValidate,
  PostGstRegistration,
  PostGstRegistrationUpdate,
} from "./admin/gst/validators"
import { returnRoutes } from "./admin/gst/returns/middlewares"

const registrationQueryConfig = {
  defaults: [
    "id",
    "gstin",
    "legal_name",
    "trade_name",
    "state_code",
    "address_line_1",
    "address_line_2",
    "city",
    "postal_code",
    "is_default",
    "status",
    "created_by",
    "created_at",
    "updated_at",
  ],
  isList: true,
}

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/admin/gst/gstin/validate", middlewares: [validateAndTransformBody(PostGstinValidate)] },
    { method: ["POST"], matcher: "/store/gst/gstin/validate", middlewares: [validateAndTransformBody(PostGstinValidate)] },
    {
      method: ["GET"],
      matcher: "/admin/gst/registrations",
      middlewares: [validateAndTransformQuery(GetGstRegistrations, registrationQueryConfig)],
    },
    { method: ["POST"], matcher: "/admin/gst/registrations", middlewares: [validateAndTransformBody(PostGstRegistration)] },
    {
      method: ["POST"],
      matcher: "/admin/gst/registrations/:id",
      middlewares: [validateAndTransformBody(PostGstRegistrationUpdate)],
    },
    ...returnRoutes,
  ],
})
