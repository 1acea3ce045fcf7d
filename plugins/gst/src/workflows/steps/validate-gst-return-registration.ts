import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"

/** Returns are prepared only for this store's own GSTINs; a suspended registration still files its past periods. */
export async function assertRegisteredGstin(gst: GstModuleService, gstin: string) {
  const [registration] = await gst.listGstRegistrations({ gstin }, { select: ["id"], take: 1 })
  if (!registration) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `GSTIN ${gstin} is not one of this store's GST registrations: add it on the GST settings page before preparing its returns`
    )
  }
}

export const validateGstReturnRegistrationStep = createStep(
  "validate-gst-return-registration",
  async (input: { gstin: string }, { container }) => {
    await assertRegisteredGstin(container.resolve<GstModuleService>(GST_MODULE), input.gstin)
    return new StepResponse(undefined)
  }
)
