import type { IInventoryService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { levelTargets, ListingStock, VariantInventory } from "../../lib/listing-inventory"

type Undo = { created: string[]; restored: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] }

type VariantRow = {
  id: string
  manage_inventory: boolean
  inventory_items: { inventory_item_id: string; required_quantity: unknown }[] | null
}

/**
 * Makes each listing's stock the Medusa inventory level of its variant's inventory item at the listing's
 * warehouse (creating the level when missing), so Medusa's availability checks and reservations count the
 * distributor's stock. Set-based: two reads, then at most one create and one update call. Compensation deletes
 * the levels it created and puts back the stocked quantities it changed.
 */
export const syncListingInventoryStep = createStep(
  "sync-listing-inventory",
  async (input: { listing_ids: string[] }, { container }) => {
    const undo: Undo = { created: [], restored: [] }
    const ids = [...new Set((input.listing_ids ?? []).filter(Boolean))]
    if (!ids.length) {
      return new StepResponse({ created: 0, updated: 0 }, undo)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: listings } = await query.graph({
      entity: "listing",
      fields: ["id", "variant_id", "stock_location_id", "stocked_quantity"],
      filters: { id: ids },
    })
    const variantIds = [...new Set((listings as ListingStock[]).map((l) => l.variant_id).filter((v): v is string => !!v))]
    if (!variantIds.length) {
      return new StepResponse({ created: 0, updated: 0 }, undo)
    }
    const { data: variantRows } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: variantIds },
    })
    const variants = new Map<string, VariantInventory>(
      (variantRows as VariantRow[])
        .filter((v) => v.manage_inventory)
        .map((v) => [
          v.id,
          {
            variant_id: v.id,
            items: (v.inventory_items ?? []).map((i) => ({ inventory_item_id: i.inventory_item_id, required_quantity: Number(i.required_quantity ?? 1) })),
          },
        ])
    )
    const targets = levelTargets(listings as ListingStock[], variants)
    if (!targets.length) {
      return new StepResponse({ created: 0, updated: 0 }, undo)
    }
    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels(
      {
        inventory_item_id: [...new Set(targets.map((t) => t.inventory_item_id))],
        location_id: [...new Set(targets.map((t) => t.location_id))],
      },
      { select: ["id", "inventory_item_id", "location_id", "stocked_quantity"], take: null }
    )
    const byKey = new Map(existing.map((l) => [`${l.inventory_item_id}|${l.location_id}`, l]))
    const toCreate = targets.filter((t) => !byKey.has(`${t.inventory_item_id}|${t.location_id}`))
    const toUpdate = targets.filter((t) => {
      const level = byKey.get(`${t.inventory_item_id}|${t.location_id}`)
      return level && Number(level.stocked_quantity) !== t.stocked_quantity
    })
    if (toCreate.length) {
      const created = await inventory.createInventoryLevels(toCreate)
      undo.created = created.map((l) => l.id)
    }
    if (toUpdate.length) {
      undo.restored = toUpdate.map((t) => {
        const level = byKey.get(`${t.inventory_item_id}|${t.location_id}`)!
        return { inventory_item_id: t.inventory_item_id, location_id: t.location_id, stocked_quantity: Number(level.stocked_quantity) }
      })
      await inventory.updateInventoryLevels(toUpdate)
    }
    return new StepResponse({ created: toCreate.length, updated: toUpdate.length }, undo)
  },
  async (undo, { container }) => {
    if (!undo || (!undo.created.length && !undo.restored.length)) {
      return
    }
    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    if (undo.restored.length) {
      await inventory.updateInventoryLevels(undo.restored)
    }
    if (undo.created.length) {
      await inventory.deleteInventoryLevels(undo.created)
    }
  }
)
