import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { moveListingReservationsWorkflow } from "../workflows/move-listing-reservations"

/**
 * Separate from the split: if a reservation cannot move, the distributor orders are still created, and the
 * reservation simply stays where Medusa made it.
 */
export default async function moveListingReservationsOnPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await moveListingReservationsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "haat-marketplace-move-listing-reservations" },
}
