import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveGstSupplyWorkflow } from "../../resolve-gst-supply"
import type { InvoiceSupplier } from "../build-tax-invoice"

/**
 * The lines of an order supplied under a GSTIN other than the store's, as the app's resolveSupplier hook of
 * resolve-gst-supply says (a marketplace distributor's), with what their invoices print: by order line id. A
 * supplier without a legal name and address cannot invoice (CGST Rules r.46(a)), so the issue is refused.
 */
export const resolveInvoiceSuppliersStep = createStep(
  "resolve-invoice-suppliers",
  async (input: { order_id: string; order_label: string }, { container }) => {
    const { result } = await resolveGstSupplyWorkflow(container).run({ input: { order_id: input.order_id } })
    const suppliers: Record<string, InvoiceSupplier> = {}
    for (const [lineId, supplier] of Object.entries(result.suppliers ?? {})) {
      if (!supplier || supplier.source !== "resolver") {
        continue
      }
      if (!supplier.legal_name || !supplier.address) {
        const title = result.lines[lineId]?.title ?? lineId
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `No tax invoice for "${title}" on order ${input.order_label}: its supplier ${supplier.gstin} has no ${supplier.legal_name ? "address" : "legal name"} (CGST Rules r.46(a)); the app's resolveSupplier hook must give legal_name and address`
        )
      }
      suppliers[lineId] = {
        gstin: supplier.gstin,
        legal_name: supplier.legal_name,
        trade_name: supplier.trade_name ?? null,
        state_code: supplier.state_code,
        address_line_1: supplier.address.address_line_1,
        address_line_2: supplier.address.address_line_2 ?? null,
        city: supplier.address.city,
        postal_code: supplier.address.postal_code,
      }
    }
    return new StepResponse(suppliers)
  }
)
