import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GST_MODULE, GstModuleService } from "../../../../modules/gst"
import type { GetLedgerEntriesType } from "./validators"

/** The GST ledger, newest first: append-only rows of output tax, credit notes, TCS and reversals. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetLedgerEntriesType>, res: MedusaResponse) {
  const gst: GstModuleService = req.scope.resolve(GST_MODULE)
  const { gstin, period, tax_head, entry_type, source_id } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (gstin) filters.gstin = gstin
  if (period) filters.period = period
  if (tax_head) filters.tax_head = tax_head
  if (entry_type) filters.entry_type = entry_type
  if (source_id) filters.source_id = source_id
  const { skip, take, order } = req.queryConfig.pagination
  const [ledger_entries, count] = await gst.listAndCountGstLedgerEntries(filters, {
    select: req.queryConfig.fields as never,
    skip,
    take,
    order,
  })
  res.json({ ledger_entries, count, offset: skip, limit: take })
}
