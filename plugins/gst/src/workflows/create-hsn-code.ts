import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHsnCodesStep } from "./steps/create-hsn-codes"
import { createHsnRatesStep } from "./steps/create-hsn-rates"
import { ensureHsnCodeIsNewStep } from "./steps/validate-hsn-code"
import type { HsnCodeInput } from "./steps/hsn-master-types"

/** Adds an HSN/SAC code with its dated rates to the master; the input's formats are checked by the route's validator. */
export const createHsnCodeWorkflow = createWorkflow("create-hsn-code", (input: HsnCodeInput) => {
  ensureHsnCodeIsNewStep({ code: input.code })
  const created = createHsnCodesStep(
    transform({ input }, ({ input }) => [{ code: input.code, kind: input.kind, description: input.description, uqc: input.uqc }])
  )
  createHsnRatesStep(
    transform({ input, created }, ({ input, created }) => input.rates.map((rate) => ({ ...rate, hsn_code_id: created[0].id })))
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
