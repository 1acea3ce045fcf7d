import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHsnCodeWorkflow } from "../../../../workflows/create-hsn-code"
import { answeringConflicts, HSN_FIELDS, presentHsnCode, retrieveHsnCode } from "./present"
import type { GetHsnCodesType, PostHsnCodeType } from "./validators"

/** The HSN/SAC master, searchable by code or description, each code with the rate in force today. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetHsnCodesType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, kind, code } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q) {
    filters.q = q
  }
  if (kind) {
    filters.kind = kind
  }
  if (code) {
    filters.code = code
  }
  const { data, metadata } = await query.graph({
    entity: "gst_hsn_code",
    fields: HSN_FIELDS,
    filters,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { code: "ASC" },
    },
  })
  res.json({
    hsn_codes: data.map((hsn) => presentHsnCode(hsn, { history: false })),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<PostHsnCodeType>, res: MedusaResponse) {
  await answeringConflicts(res, async () => {
    const { result } = await createHsnCodeWorkflow(req.scope).run({ input: req.validatedBody })
    res.status(201).json({ hsn_code: await retrieveHsnCode(req.scope, result.id) })
  })
}
