import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../modules/gst"
import type { TcsCollectionInput } from "../modules/gst/tcs/rules"
import { loadDefaultRegistrationStep } from "./steps/load-default-registration"

export type { TcsCollectionInput, TcsGroupInput } from "../modules/gst/tcs/rules"
export type PostTcsCollectionInput = Omit<TcsCollectionInput, "gstin">

const postTcsStep = createStep(
  "post-tcs-collection",
  async (input: TcsCollectionInput, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const posted = await gst.postTcsCollection(input)
    return new StepResponse(posted, posted.created ? { source_type: input.source_type, source_id: input.source_id } : undefined)
  },
  async (source, { container }) => {
    if (!source) return
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.reverseTcsCollection({ ...source, reason: "TCS posting rolled back: a later step of the workflow failed" })
  }
)

/**
 * Posts the TCS an e-commerce operator collected from one supplier for a period (CGST Act s.52) to the GST
 * ledger under the store's default GSTIN: `tcs` rows per head and rate, with the supplier's GSTIN as
 * counterparty and the supplies, returns and net value GSTR-8 reports. Idempotent per source.
 */
export const postTcsCollectionWorkflow = createWorkflow("post-tcs-collection", (input: PostTcsCollectionInput) => {
  const operator = loadDefaultRegistrationStep({ purpose: "TCS can be collected" })
  const collection = transform({ input, operator }, ({ input, operator }) => ({ ...input, gstin: operator.supplier.gstin }))
  return new WorkflowResponse(postTcsStep(collection))
})

const closeTcsPeriodStep = createStep("close-tcs-period", async (input: { gstin: string; period: string }, { container }) => {
  const gst: GstModuleService = container.resolve(GST_MODULE)
  return new StepResponse(await gst.closeTcsPeriod(input))
})

/** Marks a GSTR-8 period of the default GSTIN closed (every supplier's TCS for it posted). Idempotent. */
export const closeTcsPeriodWorkflow = createWorkflow("close-tcs-period", (input: { period: string }) => {
  const operator = loadDefaultRegistrationStep({ purpose: "GSTR-8 period" })
  const target = transform({ input, operator }, ({ input, operator }) => ({ gstin: operator.supplier.gstin, period: input.period }))
  return new WorkflowResponse(closeTcsPeriodStep(target))
})

const fileTcsPeriodStep = createStep(
  "file-tcs-period",
  async (input: { gstin: string; period: string; filed_by?: string | null; arn?: string | null }, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    return new StepResponse(await gst.fileTcsPeriod(input))
  }
)

/** Records that a period's GSTR-8 was filed; TCS posted for it afterwards is reported as an amendment. */
export const fileGstr8Workflow = createWorkflow(
  "file-gstr8",
  (input: { gstin: string; period: string; filed_by?: string | null; arn?: string | null }) => {
    return new WorkflowResponse(fileTcsPeriodStep(input))
  }
)
