import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncHsnFromMetadataWorkflow } from "../../../../../workflows/sync-hsn-from-metadata"
import type { PostHsnSyncType } from "../validators"

/** Classifies products by their metadata.hsn_code where the master has that code; lists the codes it lacks. */
export async function POST(req: AuthenticatedMedusaRequest<PostHsnSyncType>, res: MedusaResponse) {
  const { result } = await syncHsnFromMetadataWorkflow(req.scope).run({ input: { overwrite: req.validatedBody.overwrite } })
  res.json({ sync: result })
}
