import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { DistributorAcceptReturn, DistributorCancelLine, DistributorGetOrders, DistributorShipOrder } from "../../distributor/orders/validators"
import { AdminCloseSettlements, AdminGetSettlements, AdminPostPayout, StatementQuery } from "../settlements/validators"
import { DashboardQuery } from "./validators"

const list = { defaults: [] as string[], isList: true }
const one = { defaults: [] as string[], isList: false }
// CORS for /distributor* is the plugin-wide distributor-portal entry of middlewares.ts, not repeated here.
const distributorAuth = [authenticate("distributor", ["session", "bearer"])]

/**
 * Routes of order split, fulfilment, settlements and dashboards (issue #4 points 4–7). /admin routes are
 * authenticated by Medusa itself; /distributor routes by the distributor actor.
 */
export const ordersAndSettlementsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/settlements", middlewares: [validateAndTransformQuery(AdminGetSettlements, list)] },
  { method: ["POST"], matcher: "/admin/settlements/close", middlewares: [validateAndTransformBody(AdminCloseSettlements)] },
  { method: ["GET"], matcher: "/admin/settlements/:id/statement", middlewares: [validateAndTransformQuery(StatementQuery, one)] },
  { method: ["POST"], matcher: "/admin/settlements/:id/payouts", middlewares: [validateAndTransformBody(AdminPostPayout)] },
  { method: ["GET"], matcher: "/admin/marketplace/dashboard", middlewares: [validateAndTransformQuery(DashboardQuery, one)] },

  { matcher: "/distributor/orders*", middlewares: distributorAuth },
  { matcher: "/distributor/settlements*", middlewares: distributorAuth },
  { matcher: "/distributor/dashboard*", middlewares: distributorAuth },
  { method: ["GET"], matcher: "/distributor/orders", middlewares: [validateAndTransformQuery(DistributorGetOrders, list)] },
  { method: ["POST"], matcher: "/distributor/orders/:id/ship", middlewares: [validateAndTransformBody(DistributorShipOrder)] },
  {
    method: ["POST"],
    matcher: "/distributor/orders/:id/lines/:line_id/cancel",
    middlewares: [validateAndTransformBody(DistributorCancelLine)],
  },
  {
    method: ["POST"],
    matcher: "/distributor/orders/:id/lines/:line_id/return",
    middlewares: [validateAndTransformBody(DistributorAcceptReturn)],
  },
  { method: ["GET"], matcher: "/distributor/settlements", middlewares: [validateAndTransformQuery(AdminGetSettlements, list)] },
  {
    method: ["GET"],
    matcher: "/distributor/settlements/:id/statement",
    middlewares: [validateAndTransformQuery(StatementQuery, one)],
  },
  { method: ["GET"], matcher: "/distributor/dashboard", middlewares: [validateAndTransformQuery(DashboardQuery, one)] },
]
