import { formatMoney, parseMoney } from "@haat/india"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { UpdateListingInput } from "./update-listing"

/** A stored bigNumber as its exact decimal text (raw_* keeps the digits the number may have lost). */
function stored(listing: Record<string, unknown>, field: "price" | "mrp"): string {
  const raw = listing[`raw_${field}`] as { value?: string } | undefined
  return String(raw?.value ?? listing[field])
}

function paise(value: unknown, field: string): bigint {
  try {
    return parseMoney(String(value))
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: "${value}" is not an amount in rupees; use e.g. 612.50`)
  }
}

/** Checks an edit against the listing as stored: MRP ≥ price, SKU free, warehouse the distributor's own. */
export const validateListingUpdateStep = createStep(
  "validate-listing-update",
  async (input: { distributor_id: string; update: UpdateListingInput }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [listing] = await marketplace.listListings({ id: input.update.id, distributor_id: input.distributor_id })
    if (!listing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${input.update.id} was not found`)
    }
    const update = { ...input.update }
    const storedPrice = paise(stored(listing as unknown as Record<string, unknown>, "price"), "price")
    const storedMrp = paise(stored(listing as unknown as Record<string, unknown>, "mrp"), "mrp")
    const price = update.price !== undefined ? paise(update.price, "price") : storedPrice
    const mrp = update.mrp !== undefined ? paise(update.mrp, "mrp") : storedMrp
    if (price <= 0n) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "price: must be more than zero")
    }
    if (price > mrp) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `price: ₹${formatMoney(price)} is above the MRP of ₹${formatMoney(mrp)}; price must not exceed MRP`
      )
    }
    if (update.price !== undefined) update.price = formatMoney(price)
    if (update.mrp !== undefined) update.mrp = formatMoney(mrp)
    if (update.sku !== undefined && update.sku !== listing.sku) {
      const [taken] = await marketplace.listListings({ distributor_id: input.distributor_id, sku: update.sku }, { select: ["id"] })
      if (taken) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `sku: you already use SKU "${update.sku}" on another listing`)
      }
    }
    if (update.stock_location_id) {
      const { data } = await query.graph({
        entity: "distributor",
        fields: ["stock_locations.id"],
        filters: { id: input.distributor_id },
      })
      const own = ((data[0]?.stock_locations ?? []) as Array<{ id: string } | null>).some((l) => l?.id === update.stock_location_id)
      if (!own) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `stock_location_id: ${update.stock_location_id} is not one of your warehouses`
        )
      }
    }
    const reviewedChange =
      (update.sku !== undefined && update.sku !== listing.sku) ||
      price !== storedPrice ||
      mrp !== storedMrp ||
      (update.proposed_product !== undefined &&
        JSON.stringify(update.proposed_product) !== JSON.stringify(listing.proposed_product))
    if (reviewedChange && ["approved", "rejected"].includes(listing.status)) {
      Object.assign(update, { status: "pending", submitted_at: new Date(), reason: null })
    }
    return new StepResponse(update)
  }
)
