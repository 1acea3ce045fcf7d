import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { GST_MODULE, GstModuleService } from "../../../../modules/gst"
import type { PdfTaxDocument } from "../../../../pdf/render-tax-document"

export const TAX_DOCUMENT_LIST_FIELDS = [
  "id",
  "document_type",
  "number",
  "issue_date",
  "period",
  "financial_year",
  "status",
  "order_id",
  "return_id",
  "original_document_id",
  "original_number",
  "customer_id",
  "supplier_gstin",
  "supplier_legal_name",
  "buyer_gstin",
  "buyer_name",
  "place_of_supply",
  "supply_type",
  "currency_code",
  "taxable_value",
  "igst",
  "cgst",
  "sgst",
  "utgst",
  "cess",
  "round_off",
  "total",
  "created_at",
]

/** One tax document with its lines; 404 when it does not exist or `filters` exclude it (another customer's). */
export async function retrieveGstTaxDocument(
  scope: MedusaContainer,
  id: string,
  filters: Record<string, unknown> = {}
): Promise<PdfTaxDocument & { id: string }> {
  // The module's own list method: query.graph names this entity gst_tax_document, which the service does not expose.
  const gst: GstModuleService = scope.resolve(GST_MODULE)
  const [document] = await gst.listGstTaxDocuments({ ...filters, id }, { relations: ["lines"] })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tax document ${id} was not found`)
  }
  const lines = [...((document.lines ?? []) as { line_type: string; created_at?: unknown }[])].sort(
    (a, b) => (a.line_type === "shipping" ? 1 : 0) - (b.line_type === "shipping" ? 1 : 0)
  )
  return { ...(document as unknown as PdfTaxDocument & { id: string }), lines: lines as unknown as PdfTaxDocument["lines"] }
}

/** A file name for the PDF: the number with its slashes made safe. */
export function pdfFileName(number: string): string {
  return `${number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`
}
