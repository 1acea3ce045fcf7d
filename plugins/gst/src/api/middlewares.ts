import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import {
  GetGstRegistrations,
  PostGstinValidate,
  PostGstRegistration,
  PostGstRegistrationUpdate,
  PostRegistrationStockLocations,
  PostStockLocationGstRegistration,
} from "./admin/gst/validators"
import { hsnRoutes } from "./admin/gst/hsn-codes/middlewares"
import { validateCartGstin } from "./store/gst/carts/validate-cart-gstin"
import { PostCartBuyer } from "./store/gst/carts/validators"
import { invoiceRoutes } from "./admin/gst/invoices/middlewares"
import { returnRoutes } from "./admin/gst/returns/middlewares"
import { gstr8Routes } from "./admin/gst/gstr8/middlewares"

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
    "stock_locations.id",
    "stock_locations.name",
  ],
  isList: true,
}

export default defineMiddlewares({
  routes: [
    ...hsnRoutes,
    ...invoiceRoutes,
    { method: ["POST"], matcher: "/admin/gst/gstin/validate", middlewares: [validateAndTransformBody(PostGstinValidate)] },
    { method: ["POST"], matcher: "/store/gst/gstin/validate", middlewares: [validateAndTransformBody(PostGstinValidate)] },
    {
      method: ["POST"],
      matcher: "/store/gst/carts/:id/buyer",
      middlewares: [
        validateAndTransformBody(PostCartBuyer),
        validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
      ],
    },
    { method: ["POST"], matcher: "/store/carts/:id", middlewares: [validateCartGstin] },
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
    {
      method: ["POST"],
      matcher: "/admin/gst/registrations/:id/stock-locations",
      middlewares: [validateAndTransformBody(PostRegistrationStockLocations)],
    },
    {
      method: ["POST"],
      matcher: "/admin/gst/stock-locations/:id",
      middlewares: [validateAndTransformBody(PostStockLocationGstRegistration)],
    },
    ...returnRoutes,
    ...gstr8Routes,
  ],
})
