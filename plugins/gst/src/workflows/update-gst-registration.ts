import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOtherDefaultRegistrationsStep } from "./steps/find-default-registrations"
import { GstRegistrationUpdate, updateGstRegistrationsStep } from "./steps/update-gst-registrations"

export const updateGstRegistrationWorkflow = createWorkflow(
  "update-gst-registration",
  (input: GstRegistrationUpdate) => {
    const becomesDefault = transform({ input }, ({ input }) => ({
      becomes_default: !!input.is_default,
      except_id: input.id,
    }))
    const demote = findOtherDefaultRegistrationsStep(becomesDefault)
    const updates = transform({ demote, input }, ({ demote, input }) => [...demote, input])
    const updated = updateGstRegistrationsStep(updates)
    const registration = transform({ updated, input }, ({ updated, input }) =>
      updated.find((r) => r.id === input.id)
    )
    return new WorkflowResponse(registration)
  }
)
