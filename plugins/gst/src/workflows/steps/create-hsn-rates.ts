import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { exactPercent, HsnRateCreate } from "./hsn-master-types"

/** Adds dated rates to HSN codes; undone by deleting them. */
export const createHsnRatesStep = createStep(
  "create-hsn-rates",
  async (rates: HsnRateCreate[], { container }) => {
    if (!rates.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const created = await gst.createGstHsnRates(
      rates.map((r) => ({
        hsn_code_id: r.hsn_code_id,
        effective_from: r.effective_from,
        rate: exactPercent(r.rate),
        cess_rate: exactPercent(r.cess_rate),
        notification: r.notification,
      }))
    )
    const ids = created.map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.deleteGstHsnRates(ids)
  }
)
