import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkStockLocationsWorkflow } from "../../../../../workflows/link-stock-locations"
import type { PostStockLocationGstRegistrationType } from "../../validators"
import { stockLocationGst } from "../present"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await stockLocationGst(req.scope, req.params.id))
}

/** `{ gst_registration_id }` (or null): the registration this location supplies under from now on. */
export async function POST(req: AuthenticatedMedusaRequest<PostStockLocationGstRegistrationType>, res: MedusaResponse) {
  await linkStockLocationsWorkflow(req.scope).run({
    input: { stock_location_id: req.params.id, gst_registration_id: req.validatedBody.gst_registration_id },
  })
  res.json(await stockLocationGst(req.scope, req.params.id))
}
