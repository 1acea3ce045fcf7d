import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import { marketplacePluginOptions } from "../../lib/plugin-options"

function configuredOrigins(req: MedusaRequest): (string | RegExp)[] {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const origins =
    marketplacePluginOptions(req.scope).distributor_cors ?? process.env.DISTRIBUTOR_CORS ?? config.projectConfig.http.storeCors ?? ""
  return parseCorsOrigins(origins)
}

/**
 * Medusa applies CORS to /admin, /store and /auth only; the distributor portal calls /distributor/* from
 * its own origin, so these routes answer preflights and echo allowed origins themselves.
 */
export function distributorCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const origin = req.headers.origin
  if (origin && configuredOrigins(req).some((allowed) => (typeof allowed === "string" ? allowed === origin : allowed.test(origin)))) {
    res.setHeader("Access-Control-Allow-Origin", origin)
    res.setHeader("Access-Control-Allow-Credentials", "true")
    res.setHeader("Vary", "Origin")
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE,OPTIONS")
      res.setHeader(
        "Access-Control-Allow-Headers",
        (req.headers["access-control-request-headers"] as string | undefined) ?? "authorization,content-type"
      )
      res.status(204).end()
      return
    }
  }
  next()
}
