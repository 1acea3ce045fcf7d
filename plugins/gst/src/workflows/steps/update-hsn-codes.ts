import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import type { HsnCodeUpdate } from "./hsn-master-types"

/** Updates description and UQC of HSN codes; undone by writing back what they were. */
export const updateHsnCodesStep = createStep(
  "update-hsn-codes",
  async (updates: HsnCodeUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([] as string[], [] as HsnCodeUpdate[])
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const before = await gst.listGstHsnCodes({ id: updates.map((u) => u.id) }, { select: ["id", "description", "uqc"] })
    await gst.updateGstHsnCodes(updates)
    return new StepResponse(
      updates.map((u) => u.id),
      before.map((c) => ({ id: c.id, description: c.description, uqc: c.uqc }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.updateGstHsnCodes(before)
  }
)
