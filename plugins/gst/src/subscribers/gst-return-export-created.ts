import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GST_MODULE, GstModuleService } from "../modules/gst"
import { GST_RETURN_EXPORT_CREATED } from "../workflows/create-gst-return-export"
import { prepareGstReturnWorkflow } from "../workflows/prepare-gst-return"

/** Prepares a requested GSTR-1 / GSTR-3B export in the background; a failure is recorded on the export. */
export default async function gstReturnExportCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  const gst = container.resolve<GstModuleService>(GST_MODULE)
  const [pending] = await gst.listGstReturnExports({ id: event.data.id, status: "pending" }, { select: ["id"] })
  if (!pending) {
    // A replayed event: the export is already being prepared, prepared, or failed.
    return
  }
  const { errors } = await prepareGstReturnWorkflow(container).run({ input: { id: event.data.id }, throwOnError: false })
  if (!errors.length) {
    return
  }
  const message = errors.map((e) => (e.error instanceof Error ? e.error.message : String(e.error?.message ?? e.error))).join("; ")
  container.resolve(ContainerRegistrationKeys.LOGGER).error(`GST return export ${event.data.id} failed: ${message}`)
  await gst.updateGstReturnExports({ id: event.data.id, status: "failed", error: message })
}

export const config: SubscriberConfig = { event: GST_RETURN_EXPORT_CREATED }
