import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { issueCreditNoteWorkflow } from "../workflows/issue-credit-note"

/** Goods came back: a credit note for what was received, against the order's invoice (CGST Act s.34(1)). */
export default async function returnReceivedCreditNote({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { order_id, return_id } = event.data
  try {
    const { result } = await issueCreditNoteWorkflow(container).run({
      input: {
        order_id,
        return_id,
        reason: "Goods returned",
        idempotency_key: `credit_note:return:${return_id}`,
      },
    })
    if (result.created) {
      logger.info(`GST: credit note ${result.number} issued for return ${return_id} of order ${order_id}`)
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
