import { MedusaError } from "@medusajs/framework/utils"
import { LoadedDistributorOrder } from "./fulfilment-load-distributor-order"

const SHIPPABLE = ["pending", "accepted", "packed"]

/** The lines a shipment covers: every line neither cancelled nor shipped already. */
export function linesToShip(order: LoadedDistributorOrder) {
  if (!SHIPPABLE.includes(order.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Distributor order ${order.id} is ${order.status}; only a pending, accepted or packed order can be shipped`
    )
  }
  const lines = order.lines.filter((l) => l.status === "pending")
  if (!lines.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Distributor order ${order.id} has no line left to ship`)
  }
  return lines
}

export function lineToCancel(order: LoadedDistributorOrder, lineId: string) {
  const line = order.lines.find((l) => l.id === lineId)
  if (!line) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${lineId} is not part of distributor order ${order.id}`)
  }
  if (line.status !== "pending") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Line ${lineId} is ${line.status}; only a line not yet shipped can be cancelled (accept a return instead)`
    )
  }
  return line
}

export function lineToReturn(order: LoadedDistributorOrder, lineId: string, quantity: number, alreadySettled: boolean) {
  const line = order.lines.find((l) => l.id === lineId)
  if (!line) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${lineId} is not part of distributor order ${order.id}`)
  }
  if (!["fulfilled", "returned"].includes(line.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Line ${lineId} is ${line.status}; only a shipped line can be returned`)
  }
  if (alreadySettled) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A return of line ${lineId} is already in a closed settlement; record a further return as an adjustment`
    )
  }
  const left = line.quantity - line.returned_quantity
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > left) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `quantity must be a whole number from 1 to ${left} (${line.quantity} shipped, ${line.returned_quantity} returned already)`
    )
  }
  return line
}
