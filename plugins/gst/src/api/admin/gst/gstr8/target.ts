import { MedusaError } from "@medusajs/framework/utils"
import { GstModuleService } from "../../../../modules/gst"
import { assertRegisteredGstin } from "../../../../workflows/steps/validate-gst-return-registration"

/** The GSTIN a GSTR-8 request is for: the one named (a registration of this store), else the default one. */
export async function gstr8Gstin(gst: GstModuleService, gstin: string | undefined): Promise<string> {
  if (gstin) {
    await assertRegisteredGstin(gst, gstin)
    return gstin
  }
  const [registration] = await gst.listGstRegistrations({ is_default: true }, { select: ["gstin"], take: 1 })
  if (!registration) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name the GSTIN (gstin=…): the store has no default GST registration")
  }
  return registration.gstin
}
