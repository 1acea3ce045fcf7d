import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LoadGstSupplyInput } from "../workflows/steps/load-gst-supply"
import { resolveGstSupplyWorkflow } from "../workflows/resolve-gst-supply"
import { GST_CONTEXT_KEY } from "./gst-tax-context"

/** The additional_context @haat/gst's setTaxLineContext hooks return: `{ gst: GstTaxContext }`. */
export async function gstTaxLineContext(container: MedusaContainer, input: LoadGstSupplyInput) {
  const { result } = await resolveGstSupplyWorkflow(container).run({ input })
  if (result.buyer_gstin_error) {
    const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`@haat/gst, ${input.order_id ?? input.cart_id}: ${result.buyer_gstin_error}`)
  }
  return { [GST_CONTEXT_KEY]: result }
}
