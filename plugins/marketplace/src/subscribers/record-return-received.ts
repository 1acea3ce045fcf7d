import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordReturnReceivedWorkflow } from "../workflows/record-return-received"

/**
 * A return Medusa received — from the admin, the storefront, or the distributor's own route — is counted on the
 * distributor orders whose lines it takes back, so the next settlement deducts it (value, commission, TCS base).
 * Replays change nothing.
 */
export default async function recordReturnReceived({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await recordReturnReceivedWorkflow(container).run({ input: { order_id: event.data.order_id, return_id: event.data.return_id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "haat-marketplace-record-return-received" },
}
