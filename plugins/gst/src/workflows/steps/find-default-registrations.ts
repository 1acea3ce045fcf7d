import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

/** Registrations that must lose the default flag when another one takes it. */
export const findOtherDefaultRegistrationsStep = createStep(
  "find-other-default-gst-registrations",
  async (input: { becomes_default: boolean; except_id?: string }, { container }) => {
    if (!input.becomes_default) {
      return new StepResponse([] as { id: string; is_default: boolean }[])
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const current = await gst.listGstRegistrations({ is_default: true }, { select: ["id"] })
    return new StepResponse(
      current.filter((r) => r.id !== input.except_id).map((r) => ({ id: r.id, is_default: false }))
    )
  }
)
