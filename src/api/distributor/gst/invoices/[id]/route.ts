import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveGstTaxDocument } from "@haat/gst/api/admin/gst/invoices/helpers"
import { distributorGstin } from "../../../../../marketplace-gst/distributor-gstin"

/** One of the distributor's own tax documents with its lines; another supplier's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tax_document = await retrieveGstTaxDocument(req.scope, req.params.id, { supplier_gstin: await distributorGstin(req) })
  res.json({ tax_document })
}
