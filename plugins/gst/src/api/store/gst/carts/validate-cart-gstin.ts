import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validateGstin } from "../../../../lib"

type WithMetadata = { metadata?: Record<string, unknown> | null } | undefined

/**
 * Guards Medusa's own POST /store/carts/:id: a GSTIN written into the cart's metadata must be valid, and is
 * stored upper-cased. The invoice takes the buyer's GSTIN from there (copied onto the order).
 */
export function validateCartGstin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const gstin = (req.body as WithMetadata)?.metadata?.gstin
  if (gstin === undefined || gstin === null || gstin === "") {
    return next()
  }
  const check = validateGstin(String(gstin))
  if (!check.valid) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid GSTIN "${gstin}": ${check.reason}`))
  }
  for (const body of [req.body, req.validatedBody] as WithMetadata[]) {
    if (body?.metadata) {
      body.metadata.gstin = check.gstin
    }
  }
  next()
}
