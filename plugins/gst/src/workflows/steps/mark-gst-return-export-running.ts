import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

/**
 * Claims a pending export for preparation. An export already running or finished is left alone, so a replayed
 * event prepares nothing twice. Compensation marks it failed, so it never stays "running" after an error.
 */
export const markGstReturnExportRunningStep = createStep(
  "mark-gst-return-export-running",
  async (input: { id: string }, { container }) => {
    const gst = container.resolve<GstModuleService>(GST_MODULE)
    const current = await gst.retrieveGstReturnExport(input.id, { select: ["id", "status", "return_type", "gstin", "period"] })
    if (current.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `GST return export ${input.id} is already ${current.status}; start a new export to prepare it again`
      )
    }
    await gst.updateGstReturnExports({ id: input.id, status: "running", progress: 0, error: null })
    return new StepResponse(
      { id: current.id, return_type: current.return_type, gstin: current.gstin, period: current.period },
      input.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<GstModuleService>(GST_MODULE)
      .updateGstReturnExports({ id, status: "failed", error: "The return could not be prepared; start a new export" })
  }
)
