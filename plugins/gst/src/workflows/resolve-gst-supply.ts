import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { buildGstTaxContext, SupplierOverrides } from "../utils/gst-tax-context"
import { LoadGstSupplyInput, loadGstSupplyStep } from "./steps/load-gst-supply"

export const resolveGstSupplyWorkflowId = "resolve-gst-supply"

const supplierOverrides = z.record(z.string(), z.object({ gstin: z.string() })).optional()

/**
 * Works out the GST facts of a cart or order for the tax provider: each line's HSN and rate on the day, and the
 * GSTIN it is supplied under. @haat/gst runs it from the setTaxLineContext hooks it claims.
 *
 * Hook `resolveSupplier({ supply })`: the app's say on who supplies each line (a marketplace names the
 * distributor). `supply.lines[]` carry their default supplier (the registration linked to the stock location
 * the goods leave from, else the default registration); return `{ [line_id]: { gstin } }` for the lines
 * supplied under another GSTIN, or nothing.
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
