import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { statementCsv } from "../../../lib/settlement-statement"
import { statementPdf } from "../../../pdf/settlement-statement"
import { loadSettlement, toStatement } from "./settlement-view"

/** Sends a settlement's statement as a CSV or PDF download; distributorId limits it to that distributor's own. */
export async function sendStatement(
  scope: MedusaContainer,
  res: MedusaResponse,
  id: string,
  format: "csv" | "pdf",
  distributorId?: string
) {
  const statement = toStatement(await loadSettlement(scope, id, distributorId))
  const name = `settlement-${statement.id}.${format}`
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  if (format === "pdf") {
    res.setHeader("Content-Type", "application/pdf")
    res.send(await statementPdf(statement))
    return
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.send(statementCsv(statement))
}
