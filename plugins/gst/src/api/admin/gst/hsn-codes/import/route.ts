import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importHsnCodesWorkflow } from "../../../../../workflows/import-hsn-codes"
import type { PostHsnImportType } from "../validators"

/**
 * CSV import of the master. Any bad row: 400 with every error by row and column, nothing written.
 * A good file: 200 with what changed (or, with dry_run, what would).
 */
export async function POST(req: AuthenticatedMedusaRequest<PostHsnImportType>, res: MedusaResponse) {
  const { result } = await importHsnCodesWorkflow(req.scope).run({
    input: { csv: req.validatedBody.csv, dry_run: req.validatedBody.dry_run },
  })
  if (result.errors.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `${result.errors.length} error(s) in the file; nothing was imported. Fix the rows listed and upload it again.`,
      ...result,
    })
    return
  }
  res.json({ import: result })
}
