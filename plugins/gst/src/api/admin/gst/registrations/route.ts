import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGstRegistrationWorkflow } from "../../../../workflows/create-gst-registration"
import { stateFromGstin } from "../../../../lib"
import type { GetGstRegistrationsType, PostGstRegistrationType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetGstRegistrationsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, state_code, status } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q) {
    filters.q = q
  }
  if (state_code) {
    filters.state_code = state_code
  }
  if (status) {
    filters.status = status
  }
  const { data: gst_registrations, metadata } = await query.graph({
    entity: "gst_registration",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    gst_registrations,
    count: metadata?.count ?? gst_registrations.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? gst_registrations.length,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<PostGstRegistrationType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await createGstRegistrationWorkflow(req.scope).run({
    input: {
      ...body,
      // The first two digits of a GSTIN are the State it is registered in.
      state_code: stateFromGstin(body.gstin)!.code,
      created_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(201).json({ gst_registration: result })
}
