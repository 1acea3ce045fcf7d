import { MathBN } from "@medusajs/framework/utils"

export type StockLevel = {
  location_id: string
  stocked_quantity: number | string
  reserved_quantity: number | string
}

/**
 * The stock location a line's goods leave from. Medusa reserves a line at the first of its sales
 * channel's locations with enough stock available, else at the first that stocks the item at all
 * (core-flows prepareConfirmInventoryInput, reserveInventoryStep); GST follows the goods from there.
 * Null when no location of the channel stocks the item (inventory not managed).
 */
export function shippingLocation(
  levels: readonly StockLevel[],
  channelLocationIds: readonly string[],
  required: number | string
): string | null {
  const inChannel = levels.filter((level) => channelLocationIds.includes(level.location_id))
  const available = inChannel.find((level) =>
    MathBN.gte(MathBN.sub(level.stocked_quantity, level.reserved_quantity), required)
  )
  return (available ?? inChannel[0])?.location_id ?? null
}
