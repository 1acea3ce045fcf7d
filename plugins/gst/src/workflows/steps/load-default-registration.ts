import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import type { InvoiceSupplier } from "../invoices/build-tax-invoice"

/** The store's default active GST registration (the GSTIN it renders its own services and collects TCS under) and its service invoice prefix. */
export const loadDefaultRegistrationStep = createStep(
  "load-default-gst-registration",
  async (input: { purpose: string }, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const [registration] = await gst.listGstRegistrations({ is_default: true, status: "active" })
    if (!registration) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No ${input.purpose}: the store has no active default GST registration. Add one under Settings → GST and make it the default`
      )
    }
    return new StepResponse({
      supplier: registration as unknown as InvoiceSupplier,
      service_invoice_prefix: gst.documentOptions().service_invoice_prefix,
    })
  }
)
