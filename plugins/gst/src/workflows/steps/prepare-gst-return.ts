import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

export type PrepareGstReturnInput = {
  id: string
  return_type: "GSTR1" | "GSTR3B" | "GSTR8"
  gstin: string
  period: string
}

/**
 * Prepares the return in one transaction and stores it. Progress is written through the service's own
 * (autocommitted) connection as sections complete, so GET /admin/gst/returns/:id shows it while this runs.
 */
export const prepareGstReturnStep = createStep(
  "prepare-gst-return",
  async (input: PrepareGstReturnInput, { container }) => {
    if (input.return_type === "GSTR8") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "GSTR-8 (TCS) is not prepared by the returns export")
    }
    const gst = container.resolve<GstModuleService>(GST_MODULE)
    const resultText = await gst.prepareGstReturn(
      { return_type: input.return_type, gstin: input.gstin, period: input.period },
      async (progress) => {
        await gst.updateGstReturnExports({ id: input.id, progress })
      }
    )
    await gst.storeGstReturnResult(input.id, resultText)
    return new StepResponse({ id: input.id })
  }
)
