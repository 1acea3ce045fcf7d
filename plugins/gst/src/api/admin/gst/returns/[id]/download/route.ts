import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { GST_MODULE, GstModuleService } from "../../../../../../modules/gst"
import { GSTR1_CSV_SECTIONS } from "../../../../../../modules/gst/returns/prepare"
import { filingPeriod } from "../../../../../../modules/gst/returns/rules"
import type { GetGstReturnDownloadType } from "../../validators"

/**
 * The prepared file: `format=json` the portal / offline-tool JSON; `format=csv&section=b2b` one section in the
 * offline tool's CSV template (GSTR-1 only). Sent as an attachment exactly as stored.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetGstReturnDownloadType>, res: MedusaResponse) {
  const gst = req.scope.resolve<GstModuleService>(GST_MODULE)
  const exported = await gst.retrieveGstReturnExportStatus(req.params.id)
  if (exported.status !== "done") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      exported.status === "failed"
        ? `This export failed (${exported.error ?? "no reason recorded"}); start a new one`
        : `This export is still ${exported.status} (${exported.progress}%); download it when it is done`
    )
  }
  const { format, section } = req.validatedQuery
  const base = `${exported.return_type}_${exported.gstin}_${filingPeriod(exported.period)}`
  if (format === "json") {
    const file = await gst.readGstReturnFile(exported.id, { format: "json" })
    res.setHeader("Content-Type", "application/json; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${base}.json"`)
    res.end(file ?? "{}")
    return
  }
  if (exported.return_type !== "GSTR1") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${exported.return_type} is downloaded as JSON (format=json)`)
  }
  if (!section || !(GSTR1_CSV_SECTIONS as readonly string[]).includes(section)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Name the CSV section to download: section=${GSTR1_CSV_SECTIONS.join(" | ")}`
    )
  }
  const file = await gst.readGstReturnFile(exported.id, { format: "csv", section })
  if (file === null) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      section.startsWith("hsn")
        ? `This period's HSN summary is under ${exported.period >= "2025-05" ? "hsn_b2b and hsn_b2c" : "hsn"}, or has no rows`
        : `This export has no ${section} CSV`
    )
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${base}_${section}.csv"`)
  res.end(file)
}
