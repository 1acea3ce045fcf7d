import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createGstRegistrationStep, CreateGstRegistrationInput } from "./steps/create-gst-registration"
import { findOtherDefaultRegistrationsStep } from "./steps/find-default-registrations"
import { updateGstRegistrationsStep } from "./steps/update-gst-registrations"

export const createGstRegistrationWorkflow = createWorkflow(
  "create-gst-registration",
  (input: CreateGstRegistrationInput) => {
    const becomesDefault = transform({ input }, ({ input }) => ({ becomes_default: !!input.is_default }))
    const demote = findOtherDefaultRegistrationsStep(becomesDefault)
    updateGstRegistrationsStep(demote)
    const registration = createGstRegistrationStep(input)
    return new WorkflowResponse(registration)
  }
)
