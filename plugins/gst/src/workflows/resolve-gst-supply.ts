import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { buildGstTaxContext, SupplierOverrides } from "../utils/gst-tax-context"
import { LoadGstSupplyInput, loadGstSupplyStep } from "./steps/load-gst-supply"

export const resolveGstSupplyWorkflowId = "resolve-gst-supply"

const supplierOverrides = z
  .record(
    z.string(),
    z.object({
      gstin: z.string(),
      legal_name: z.string().min(1).nullish(),
      trade_name: z.string().nullish(),
      address: z
        .object({
          address_line_1: z.string().min(1),
          address_line_2: z.string().nullish(),
          city: z.string().min(1),
          postal_code: z.string().min(1),
        })
        .nullish(),
    })
  )
  .optional()

/**
 * Works out the GST facts of a cart or order for the tax provider: each line's HSN and rate on the day, and the
 * GSTIN it is supplied under. @haat/gst runs it from the setTaxLineContext hooks it claims.
 *
 * Hook `resolveSupplier({ supply })`: the app's say on who supplies each line (a marketplace names the
 * distributor). `supply.lines[]` carry their ids, variant, product, `metadata` (as on the cart or order line)
 * and default supplier (the registration linked to the stock location the goods leave from, else the default
 * registration); `supply.cart_id` or `supply.order_id` says which it is. Return
 * `{ [line_id]: { gstin, legal_name, trade_name?, address: { address_line_1, address_line_2?, city, postal_code } } }`
 * for the lines supplied under another GSTIN, or nothing. The GSTIN's first two digits give the supplier's
 * State; the name and address are what that supplier's tax invoice prints (CGST Rules r.46(a)), so the invoice
 * is refused without them. The hook also runs for orders (invoices, retaxing), whatever became of the supplier
 * since: it says who supplied, not whether it may still sell.
 */
export const resolveGstSupplyWorkflow = createWorkflow(resolveGstSupplyWorkflowId, (input: LoadGstSupplyInput) => {
  const supply = loadGstSupplyStep(input)
  const resolveSupplier = createHook("resolveSupplier", { supply }, { resultValidator: supplierOverrides })
  const overrides = resolveSupplier.getResult()
  const context = transform({ supply, overrides }, ({ supply, overrides }) =>
    buildGstTaxContext(supply, (overrides ?? {}) as SupplierOverrides)
  )
  return new WorkflowResponse(context, { hooks: [resolveSupplier] })
})
