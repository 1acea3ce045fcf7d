import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { listHsnLinks } from "./hsn-links"

/**
 * An HSN code in use cannot go: the products' invoices would lose their HSN (CGST Rules r.46(g)).
 * Refused with how many products and variants still carry it.
 */
export const ensureHsnCodeUnusedStep = createStep(
  "ensure-hsn-code-unused",
  async (input: { id: string }, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const [hsn] = await gst.listGstHsnCodes({ id: input.id }, { select: ["id", "code"] })
    if (!hsn) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `HSN code ${input.id} was not found`)
    }
    const products = await listHsnLinks(container, "product", { hsn_code_id: [input.id] })
    const variants = await listHsnLinks(container, "variant", { hsn_code_id: [input.id] })
    if (products.length || variants.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `HSN ${hsn.code} is set on ${products.length} product(s) and ${variants.length} variant(s): move them to another HSN code before deleting it`
      )
    }
    return new StepResponse({ id: hsn.id, code: hsn.code })
  }
)

/** Soft-deletes an HSN code and its rates; undone by restoring them. */
export const softDeleteHsnCodeStep = createStep(
  "soft-delete-hsn-code",
  async (input: { id: string }, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.softDeleteGstHsnCodes([input.id])
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.restoreGstHsnCodes([id])
  }
)
