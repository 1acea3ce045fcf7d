import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import type { HsnCodeInput } from "./hsn-master-types"

/** Creates HSN codes (without their rates); undone by deleting them. */
export const createHsnCodesStep = createStep(
  "create-hsn-codes",
  async (codes: Omit<HsnCodeInput, "rates">[], { container }) => {
    if (!codes.length) {
      return new StepResponse([] as { id: string; code: string }[], [] as string[])
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const created = await gst.createGstHsnCodes(
      codes.map(({ code, kind, description, uqc }) => ({ code, kind, description, uqc }))
    )
    const result = created.map((c) => ({ id: c.id, code: c.code }))
    return new StepResponse(
      result,
      result.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.deleteGstHsnCodes(ids)
  }
)
