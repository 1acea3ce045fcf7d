import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ListingForSale, unsellable } from "./sellable"

type Query = Omit<RemoteQueryFunction, symbol>

/** A request to put units of a listing into a cart. */
export type ListingLineRequest = {
  listing_id: string
  quantity: number
  /** When given (the core line-item route), it must be the listing's variant. */
  variant_id?: string
  metadata?: Record<string, unknown> | null
}

/** The cart as far as pricing a listing line matters; `items` are its lines so far. */
export type CartForListing = {
  id?: string
  currency_code: string
  region_id?: string | null
  items?: { id: string; quantity: unknown; metadata?: Record<string, unknown> | null }[]
}

/**
 * A line for Medusa's addToCartWorkflow / createCartWorkflow: an explicit `unit_price` makes it a custom-price
 * line (`is_custom_price`), which Medusa's cart refresh (quantity change, new address or region) keeps as it is
 * instead of repricing from the catalogue.
 */
export type ListingLineItem = {
  variant_id: string
  quantity: number
  unit_price: number
  is_tax_inclusive: boolean
  metadata: Record<string, unknown>
}

type ListingRow = {
  id: string
  variant_id: string | null
  status: ListingForSale["status"]
  price: number
  currency_code: string
  stocked_quantity: number
  stock_location_id: string | null
  distributor: {
    status: ListingForSale["distributor_status"]
    legal_name: string
    trade_name: string | null
    gstin: string
    gstin_status: ListingForSale["distributor_gstin_status"]
  } | null
}

type LevelRow = { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown }
type VariantRow = {
  id: string
  manage_inventory: boolean
  inventory_items: { required_quantity: unknown; inventory: { location_levels: LevelRow[] | null } | null }[] | null
}

/**
 * Units of a variant that can still be promised at one stock location: for each inventory item the variant is
 * made of, (stocked − reserved) ÷ required, the smallest of them. Null when the variant has no inventory level
 * there (Medusa does not track it at that warehouse).
 */
export function availableAt(variant: VariantRow | undefined, locationId: string | null): number | null {
  if (!variant || !locationId || !variant.manage_inventory || !variant.inventory_items?.length) {
    return null
  }
  let units: number | null = null
  for (const item of variant.inventory_items) {
    const level = item.inventory?.location_levels?.find((l) => l.location_id === locationId)
    if (!level) {
      return null
    }
    const free = Number(level.stocked_quantity) - Number(level.reserved_quantity)
    const perUnit = Math.max(1, Number(item.required_quantity ?? 1))
    const possible = Math.floor(free / perUnit)
    units = units === null ? possible : Math.min(units, possible)
  }
  return units
}

/**
 * Whether prices the operator sets for this region are tax-inclusive, as Medusa's pricing decides it for a price
 * with the region's rule: the region's price preference, else the currency's, else exclusive.
 */
export async function regionTaxInclusive(query: Query, regionId: string | null | undefined, currencyCode: string): Promise<boolean> {
  const { data } = await query.graph({
    entity: "price_preference",
    fields: ["attribute", "value", "is_tax_inclusive"],
    filters: { value: [regionId, currencyCode].filter((v): v is string => !!v) },
  })
  const rows = data as { attribute: string; value: string; is_tax_inclusive: boolean }[]
  const region = regionId ? rows.find((r) => r.attribute === "region_id" && r.value === regionId) : undefined
  const currency = rows.find((r) => r.attribute === "currency_code" && r.value === currencyCode)
  return !!(region ?? currency)?.is_tax_inclusive
}

const quantityOf = (value: unknown) => Number(value ?? 0)

/**
 * Checks every requested listing line against the cart and prices it at the listing's price: three reads
 * (listings with their distributors, the variants' inventory levels, the price preferences) whatever the number
 * of lines. Throws a MedusaError naming the first line that cannot be sold; writes nothing.
 */
export async function prepareListingLines(
  query: Query,
  cart: CartForListing,
  requests: ListingLineRequest[],
  options: { exclude_line_item_id?: string } = {}
): Promise<ListingLineItem[]> {
  if (!requests.length) {
    return []
  }
  const listingIds = [...new Set(requests.map((r) => r.listing_id))]
  const { data: listingData } = await query.graph({
    entity: "listing",
    fields: [
      "id",
      "variant_id",
      "status",
      "price",
      "currency_code",
      "stocked_quantity",
      "stock_location_id",
      "distributor.status",
      "distributor.legal_name",
      "distributor.trade_name",
      "distributor.gstin",
      "distributor.gstin_status",
    ],
    filters: { id: listingIds },
  })
  const listings = new Map((listingData as ListingRow[]).map((l) => [l.id, l]))
  const variantIds = [...new Set([...listings.values()].map((l) => l.variant_id).filter((v): v is string => !!v))]
  const variants = new Map<string, VariantRow>()
  if (variantIds.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "manage_inventory",
        "inventory_items.required_quantity",
        "inventory_items.inventory.location_levels.location_id",
        "inventory_items.inventory.location_levels.stocked_quantity",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: variantIds },
    })
    for (const v of data as VariantRow[]) variants.set(v.id, v)
  }

  // Units of each listing the cart already holds, on lines other than the one being changed.
  const inCart = new Map<string, number>()
  for (const item of cart.items ?? []) {
    const listingId = item.metadata?.listing_id
    if (typeof listingId === "string" && item.id !== options.exclude_line_item_id) {
      inCart.set(listingId, (inCart.get(listingId) ?? 0) + quantityOf(item.quantity))
    }
  }

  const taxInclusive = await regionTaxInclusive(query, cart.region_id, cart.currency_code)
  return requests.map((request) => {
    const row = listings.get(request.listing_id)
    const forSale: ListingForSale | undefined = row && {
      id: row.id,
      variant_id: row.variant_id,
      status: row.status,
      stocked_quantity: row.stocked_quantity,
      available: availableAt(row.variant_id ? variants.get(row.variant_id) : undefined, row.stock_location_id) ?? undefined,
      currency_code: row.currency_code,
      distributor_status: row.distributor?.status ?? "pending",
      distributor_name: row.distributor?.trade_name || row.distributor?.legal_name || "The distributor",
      distributor_gstin: row.distributor?.gstin,
      distributor_gstin_status: row.distributor?.gstin_status,
    }
    const problem = unsellable(
      { listing_id: request.listing_id, variant_id: request.variant_id, quantity: request.quantity, in_cart: inCart.get(request.listing_id) },
      forSale,
      cart.currency_code
    )
    if (problem) {
      throw new MedusaError(problem.type, problem.message)
    }
    inCart.set(request.listing_id, (inCart.get(request.listing_id) ?? 0) + request.quantity)
    return {
      variant_id: row!.variant_id!,
      quantity: request.quantity,
      // The listing's price as the line's price. A number, as Medusa's own calculated prices are; the column
      // keeps it as an exact decimal (listing prices have at most two decimals).
      unit_price: Number(row!.price),
      is_tax_inclusive: taxInclusive,
      metadata: { ...(request.metadata ?? {}), listing_id: request.listing_id },
    }
  })
}

/** Reads the cart a listing line goes into; 404 when there is none, 400 when it was already completed. */
export async function loadCartForListing(query: Query, cartId: string): Promise<CartForListing> {
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "region_id", "completed_at", "items.id", "items.quantity", "items.metadata"],
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cartId} is already completed`)
  }
  return cart as unknown as CartForListing
}
