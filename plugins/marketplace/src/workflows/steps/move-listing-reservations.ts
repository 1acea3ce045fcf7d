import type { IInventoryService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingIdOf } from "../../utils/seller-of-line"

type Move = { id: string; location_id: string }

type OrderRow = { items: { id: string; metadata: Record<string, unknown> | null }[] | null }
type ListingRow = { id: string; stock_location_id: string | null }

/**
 * Medusa reserves an order line's stock at the first stock location of the sales channel that has it, which
 * may be the operator's warehouse. A line sold from a listing ships from the distributor's warehouse, so its
 * reservation moves there (Medusa's inventory module moves the reserved quantity between the two levels).
 * Nothing is decremented twice: the reservation is the only hold, and Medusa's fulfilment takes the stock off
 * the level the reservation is at. A reservation is moved only when the warehouse has the level and the units
 * free; otherwise it stays where Medusa put it. Compensation moves each one back.
 */
export const moveListingReservationsStep = createStep(
  "move-listing-reservations",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.metadata"], filters: { id: input.order_id } })
    const lines = ((order as OrderRow | undefined)?.items ?? []).filter((i) => !!listingIdOf(i))
    if (!lines.length) {
      return new StepResponse([] as Move[], [] as Move[])
    }
    const { data: listings } = await query.graph({
      entity: "listing",
      fields: ["id", "stock_location_id"],
      filters: { id: [...new Set(lines.map((l) => listingIdOf(l)!))] },
    })
    const locationOfListing = new Map((listings as ListingRow[]).map((l) => [l.id, l.stock_location_id]))
    const locationOfLine = new Map(lines.map((l) => [l.id, locationOfListing.get(listingIdOf(l)!) ?? null]))

    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems(
      { line_item_id: lines.map((l) => l.id) },
      { select: ["id", "line_item_id", "inventory_item_id", "location_id", "quantity"], take: null }
    )
    const wanted = reservations.filter((r) => {
      const target = locationOfLine.get(r.line_item_id as string)
      return target && target !== r.location_id
    })
    if (!wanted.length) {
      return new StepResponse([] as Move[], [] as Move[])
    }
    const levels = await inventory.listInventoryLevels(
      {
        inventory_item_id: [...new Set(wanted.map((r) => r.inventory_item_id))],
        location_id: [...new Set(wanted.map((r) => locationOfLine.get(r.line_item_id as string)!))],
      },
      { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], take: null }
    )
    const free = new Map(levels.map((l) => [`${l.inventory_item_id}|${l.location_id}`, Number(l.stocked_quantity) - Number(l.reserved_quantity)]))
    const moves: Move[] = []
    const back: Move[] = []
    for (const r of wanted) {
      const target = locationOfLine.get(r.line_item_id as string)!
      const key = `${r.inventory_item_id}|${target}`
      const units = free.get(key)
      if (units === undefined || units < Number(r.quantity)) continue
      free.set(key, units - Number(r.quantity))
      moves.push({ id: r.id, location_id: target })
      back.push({ id: r.id, location_id: r.location_id })
    }
    if (moves.length) {
      await inventory.updateReservationItems(moves)
    }
    return new StepResponse(moves, back)
  },
  async (back, { container }) => {
    if (!back?.length) return
    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    await inventory.updateReservationItems(back)
  }
)
