import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { issueRefundCreditNoteWorkflow } from "../workflows/issue-refund-credit-note"

/** Money paid back without goods coming back: a credit note for what no credit note covers yet. */
export default async function paymentRefundedCreditNote({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await issueRefundCreditNoteWorkflow(container).run({ input: { payment_id: event.data.id } })
    if (result?.created) {
      logger.info(`GST: credit note ${result.number} issued for a refund on payment ${event.data.id}`)
    }
  } catch (error) {
    logger.error(`GST: credit note for the refund on payment ${event.data.id} not issued: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "haat-gst-payment-refunded-credit-note" },
}
