import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { issueTaxInvoiceWorkflow } from "../workflows/issue-tax-invoice"

/**
 * Issues the tax invoices (one per supplier) when an order is placed. A failure (no GST registration, a product without HSN)
 * is logged and thrown, so the event bus retries it; the order then shows "no tax invoice" in the admin,
 * where POST /admin/gst/invoices issues it once the cause is fixed.
 */
export default async function orderPlacedTaxInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await issueTaxInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
    for (const document of result.filter((d) => d.created)) {
      logger.info(`GST: tax invoice ${document.number} issued for order ${event.data.id}`)
    }
  } catch (error) {
    logger.error(`GST: tax invoice for order ${event.data.id} not issued: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "haat-gst-order-placed-tax-invoice" },
}
