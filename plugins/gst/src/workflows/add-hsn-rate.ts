import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHsnRatesStep } from "./steps/create-hsn-rates"
import { ensureRateDateIsNewStep } from "./steps/validate-hsn-code"
import type { HsnRateCreate } from "./steps/hsn-master-types"

/** Adds a dated rate (a new notification) to an HSN code; one rate per code and date. */
export const addHsnRateWorkflow = createWorkflow("add-hsn-rate", (input: HsnRateCreate) => {
  ensureRateDateIsNewStep({ hsn_code_id: input.hsn_code_id, effective_from: input.effective_from })
  const ids = createHsnRatesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ ids }, ({ ids }) => ids[0]))
})
