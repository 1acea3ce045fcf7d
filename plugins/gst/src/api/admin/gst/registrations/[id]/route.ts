import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateGstRegistrationWorkflow } from "../../../../../workflows/update-gst-registration"
import type { PostGstRegistrationUpdateType } from "../../validators"

async function retrieve(req: AuthenticatedMedusaRequest<unknown>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [registration],
  } = await query.graph({ entity: "gst_registration", fields: ["*"], filters: { id } })
  if (!registration) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `GST registration ${id} was not found`)
  }
  return registration
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ gst_registration: await retrieve(req, req.params.id) })
}

/**
 * Registrations are never deleted: issued invoices cite them. A registration that is cancelled or
 * surrendered is set to status "suspended" here instead.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostGstRegistrationUpdateType>, res: MedusaResponse) {
  await retrieve(req, req.params.id)
  await updateGstRegistrationWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ gst_registration: await retrieve(req, req.params.id) })
}
