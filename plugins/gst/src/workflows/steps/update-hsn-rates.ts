import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { exactPercent, HsnRateUpdate } from "./hsn-master-types"

const toColumns = (u: HsnRateUpdate) => ({ ...u, rate: exactPercent(u.rate), cess_rate: exactPercent(u.cess_rate) })

/** Corrects dated rates (rate, cess, notification); undone by writing back what they were. */
export const updateHsnRatesStep = createStep(
  "update-hsn-rates",
  async (updates: HsnRateUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([] as string[], [] as HsnRateUpdate[])
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const before = await gst.listGstHsnRates({ id: updates.map((u) => u.id) })
    await gst.updateGstHsnRates(updates.map(toColumns))
    return new StepResponse(
      updates.map((u) => u.id),
      before.map((r) => ({
        id: r.id,
        rate: String(r.raw_rate?.value ?? r.rate),
        cess_rate: String(r.raw_cess_rate?.value ?? r.cess_rate),
        notification: r.notification,
      }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.updateGstHsnRates(before.map(toColumns))
  }
)
