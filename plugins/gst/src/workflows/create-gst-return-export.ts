import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createGstReturnExportStep, CreateGstReturnExportInput } from "./steps/create-gst-return-export"
import { validateGstReturnRegistrationStep } from "./steps/validate-gst-return-registration"

/** Emitted when a return export is requested; the subscriber prepares it in the background. */
export const GST_RETURN_EXPORT_CREATED = "gst.return_export.created"

export const createGstReturnExportWorkflow = createWorkflow(
  "create-gst-return-export",
  (input: CreateGstReturnExportInput) => {
    validateGstReturnRegistrationStep({ gstin: input.gstin })
    const created = createGstReturnExportStep(input)
    const event = transform({ created }, ({ created }) => ({ id: created.id }))
    emitEventStep({ eventName: GST_RETURN_EXPORT_CREATED, data: event })
    return new WorkflowResponse(created)
  }
)
