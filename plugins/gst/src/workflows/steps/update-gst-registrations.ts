import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

export type GstRegistrationUpdate = {
  id: string
  legal_name?: string
  trade_name?: string | null
  address_line_1?: string
  address_line_2?: string | null
  city?: string
  postal_code?: string
  is_default?: boolean
  status?: "active" | "suspended"
}

/** Updates registrations and keeps what they were, so a later failing step restores them. */
export const updateGstRegistrationsStep = createStep(
  "update-gst-registrations",
  async (updates: GstRegistrationUpdate[], { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    if (!updates.length) {
      return new StepResponse([], [])
    }
    const before = await gst.listGstRegistrations({ id: updates.map((u) => u.id) })
    const updated = await gst.updateGstRegistrations(updates)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.updateGstRegistrations(
      before.map((r) => ({
        id: r.id,
        legal_name: r.legal_name,
        trade_name: r.trade_name,
        address_line_1: r.address_line_1,
        address_line_2: r.address_line_2,
        city: r.city,
        postal_code: r.postal_code,
        is_default: r.is_default,
        status: r.status,
      }))
    )
  }
)
