import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parseCsv } from "../../../../lib/csv"
import { loadListingContext } from "../../../../lib/listing-context"
import { ListingRowInput, validateListingRows } from "../../../../lib/listing-rules"
import { createListingsWorkflow } from "../../../../workflows/create-listings"
import { distributorContext } from "../../../utils/distributor-context"
import { uploadedFile } from "../../../utils/upload"

const CSV_TYPES = ["text/csv", "application/vnd.ms-excel", "text/plain", "application/octet-stream"]
const COLUMNS = ["variant_id", "variant_sku", "sku", "price", "mrp", "stocked_quantity", "low_stock_threshold", "stock_location_id"]
const MAX_ROWS = 5000

/**
 * Bulk listings from a CSV file (multipart field "file"). Columns: sku, price, mrp, and variant_id or
 * variant_sku; optional stocked_quantity, low_stock_threshold, stock_location_id. Every row is checked
 * first; if any is wrong the answer is 400 with each row's errors and nothing is written.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  const file = uploadedFile(req, "file", CSV_TYPES)
  let parsed: ReturnType<typeof parseCsv>
  try {
    parsed = parseCsv(file.buffer.toString("utf8"))
  } catch (e) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The CSV file cannot be read: ${(e as Error).message}`)
  }
  const missing = ["sku", "price", "mrp"].filter((c) => !parsed.header.includes(c))
  if (!parsed.header.includes("variant_id") && !parsed.header.includes("variant_sku")) missing.push("variant_id or variant_sku")
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The CSV file lacks the column(s): ${missing.join(", ")}`)
  }
  const unknown = parsed.header.filter((c) => c && !COLUMNS.includes(c))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown column(s) ${unknown.join(", ")}; the columns are ${COLUMNS.join(", ")}`
    )
  }
  if (!parsed.records.length || parsed.records.length > MAX_ROWS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A file holds 1 to ${MAX_ROWS} listings; this one has ${parsed.records.length}`)
  }

  const rows: ListingRowInput[] = parsed.records.map(({ values }) => ({
    variant_id: values.variant_id || null,
    variant_sku: values.variant_sku || null,
    sku: values.sku,
    price: values.price,
    mrp: values.mrp,
    stocked_quantity: values.stocked_quantity,
    low_stock_threshold: values.low_stock_threshold,
    stock_location_id: values.stock_location_id || null,
  }))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const checked = validateListingRows(rows, await loadListingContext(query, context.distributor_id, rows))
  if (checked.errors.length) {
    const errors = checked.errors.map((e) => ({ ...e, row: parsed.records[e.row - 1].row }))
    res.status(400).json({
      type: MedusaError.Types.INVALID_DATA,
      message: `${new Set(errors.map((e) => e.row)).size} of ${rows.length} rows have errors; nothing was imported. Fix them and upload the file again.`,
      errors,
    })
    return
  }
  const { result } = await createListingsWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, rows },
  })
  res.status(201).json({ listings: result, count: result.length })
}
