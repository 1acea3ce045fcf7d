import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { returnCreditTargets } from "../workflows/invoices/steps/prepare-credit-note"
import { issueCreditNoteWorkflow } from "../workflows/issue-credit-note"

/**
 * Goods came back: a credit note for what was received, against the invoice that charged it (CGST Act s.34(1)).
 * An order invoiced by several suppliers gets one credit note per supplier whose goods came back.
 */
export default async function returnReceivedCreditNote({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { order_id, return_id } = event.data
  try {
    for (const target of await returnCreditTargets(container, { order_id, return_id })) {
      const { result } = await issueCreditNoteWorkflow(container).run({
        input: {
          invoice_id: target.invoice_id,
          return_id,
          reason: "Goods returned",
          idempotency_key: target.idempotency_key,
        },
      })
      if (result.created) {
        logger.info(`GST: credit note ${result.number} (${target.supplier_gstin}) issued for return ${return_id} of order ${order_id}`)
      }
    }
  } catch (error) {
    logger.error(`GST: credit note for return ${return_id} of order ${order_id} not issued: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "haat-gst-return-received-credit-note" },
}
