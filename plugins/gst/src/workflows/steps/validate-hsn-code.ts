import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { uqcError } from "../../lib"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

export const ensureHsnCodeIsNewStep = createStep("ensure-hsn-code-is-new", async (input: { code: string }, { container }) => {
  const gst: GstModuleService = container.resolve(GST_MODULE)
  const [existing] = await gst.listGstHsnCodes({ code: input.code }, { select: ["id"] })
  if (existing) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `HSN ${input.code} is already in the master: add a dated rate to it instead (${existing.id})`
    )
  }
  return new StepResponse(input.code)
})

/** One rate per code and date: a correction of that day's rate is an edit, not a second entry. */
export const ensureRateDateIsNewStep = createStep(
  "ensure-hsn-rate-date-is-new",
  async (input: { hsn_code_id: string; effective_from: string }, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const [hsn] = await gst.listGstHsnCodes({ id: input.hsn_code_id }, { relations: ["rates"] })
    if (!hsn) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `HSN code ${input.hsn_code_id} was not found`)
    }
    if (hsn.rates.some((r) => r.effective_from === input.effective_from)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `HSN ${hsn.code} already has a rate from ${input.effective_from}: rates are dated, pick the date the new rate takes effect`
      )
    }
    return new StepResponse(hsn.id)
  }
)

/** A UQC must suit the code's kind: "NA" only for services. */
export const validateHsnCodeUpdateStep = createStep(
  "validate-hsn-code-update",
  async (input: { id: string; uqc?: string }, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const [hsn] = await gst.listGstHsnCodes({ id: input.id }, { select: ["id", "kind"] })
    if (!hsn) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `HSN code ${input.id} was not found`)
    }
    const problem = input.uqc ? uqcError(input.uqc, hsn.kind) : null
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return new StepResponse(hsn.id)
  }
)
