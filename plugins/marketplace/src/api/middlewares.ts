import { defineMiddlewares } from "@medusajs/framework/http"
import { ordersAndSettlementsMiddlewares } from "./admin/marketplace/middleware-routes"

export default defineMiddlewares({
  routes: [...ordersAndSettlementsMiddlewares],
})
