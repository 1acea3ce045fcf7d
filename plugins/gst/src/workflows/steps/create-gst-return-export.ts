import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

export type CreateGstReturnExportInput = {
  return_type: "GSTR1" | "GSTR3B"
  gstin: string
  period: string
  requested_by?: string | null
}

export const createGstReturnExportStep = createStep(
  "create-gst-return-export",
  async (input: CreateGstReturnExportInput, { container }) => {
    const gst = container.resolve<GstModuleService>(GST_MODULE)
    const created = await gst.createGstReturnExports({ ...input, status: "pending", progress: 0 })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<GstModuleService>(GST_MODULE).deleteGstReturnExports(id)
  }
)
