import { authenticate, defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { TAX_DOCUMENT_LIST_FIELDS } from "@haat/gst/api/admin/gst/invoices/helpers"
import { GetDistributorTaxDocuments } from "./distributor/gst/validators"

// Routes the app adds where plugins meet. /distributor/* CORS comes from @haat/marketplace's own middleware.
export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/distributor/gst/invoices*", middlewares: [authenticate("distributor", ["session", "bearer"])] },
    {
      method: ["GET"],
      matcher: "/distributor/gst/invoices",
      middlewares: [validateAndTransformQuery(GetDistributorTaxDocuments, { defaults: TAX_DOCUMENT_LIST_FIELDS, isList: true })],
    },
  ],
})
