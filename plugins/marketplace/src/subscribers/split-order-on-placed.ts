import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderWorkflow } from "../workflows/split-order"

/** Every placed order is split among its distributors; the workflow ignores orders already split. */
export default async function splitOrderOnPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "haat-marketplace-split-order" },
}
