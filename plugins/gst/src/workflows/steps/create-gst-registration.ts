import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

export type CreateGstRegistrationInput = {
  gstin: string
  legal_name: string
  trade_name?: string | null
  state_code: string
  address_line_1: string
  address_line_2?: string | null
  city: string
  postal_code: string
  is_default?: boolean
  created_by?: string | null
}

export const createGstRegistrationStep = createStep(
  "create-gst-registration",
  async (input: CreateGstRegistrationInput, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const registration = await gst.createGstRegistrations(input)
    return new StepResponse(registration, registration.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.deleteGstRegistrations(id)
  }
)
