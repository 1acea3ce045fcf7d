import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkStockLocationsWorkflow } from "../../../../../../workflows/link-stock-locations"
import { answeringConflicts } from "../../../hsn-codes/present"
import type { PostRegistrationStockLocationsType } from "../../../validators"
import { registrationWithLocations } from "../../../stock-locations/present"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const registration = await registrationWithLocations(req.scope, req.params.id)
  res.json({ stock_locations: registration.stock_locations, count: registration.stock_locations.length })
}

/**
 * `{ add, remove }`: locations to supply under this registration, or no longer. All are checked before any
 * is linked; a location under another registration is a 409 that names it.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostRegistrationStockLocationsType>, res: MedusaResponse) {
  const { add, remove } = req.validatedBody
  await answeringConflicts(res, async () => {
    const { result } = await linkStockLocationsWorkflow(req.scope).run({
      input: { gst_registration_id: req.params.id, add, remove },
    })
    res.json({ gst_registration: await registrationWithLocations(req.scope, req.params.id), result })
  })
}
