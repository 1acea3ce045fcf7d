import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CartForListing, ListingLineRequest, loadCartForListing, prepareListingLines } from "../../lib/listing-cart"

type Query = Omit<RemoteQueryFunction, symbol>
type Metadata = Record<string, unknown> | null | undefined
type ItemBody = { variant_id?: string; quantity?: number; metadata?: Metadata; unit_price?: number; is_tax_inclusive?: boolean }

const LISTING_ROUTE = "POST /store/carts/:id/listing-items"

const listingIdOf = (metadata: Metadata): string | undefined => {
  const value = metadata?.listing_id
  return typeof value === "string" && value.length > 0 ? value : undefined
}

/**
 * These middlewares run after Medusa's own body validation of the same route (core middlewares are registered
 * first), so they read and amend `req.validatedBody`, which is what the core route hands its workflow. Without
 * it the listing price could not reach the line; refuse rather than let the catalogue price through.
 */
function validatedBody<T>(req: MedusaRequest): T {
  const body = (req as MedusaRequest & { validatedBody?: T }).validatedBody
  if (!body) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Add a distributor's listing to a cart with ${LISTING_ROUTE}`)
  }
  return body
}

const rawNamesListing = (req: MedusaRequest) => {
  const body = (req.body ?? {}) as ItemBody & { items?: ItemBody[] }
  return !!listingIdOf(body.metadata) || (Array.isArray(body.items) && body.items.some((i) => !!listingIdOf(i?.metadata)))
}

/** The listing's price, tax-inclusiveness and listing id go onto the line Medusa is about to create. */
function applyListingPrice(item: ItemBody, priced: { unit_price: number; is_tax_inclusive: boolean; metadata: Record<string, unknown> }) {
  item.unit_price = priced.unit_price
  item.is_tax_inclusive = priced.is_tax_inclusive
  item.metadata = priced.metadata
}

/**
 * POST /store/carts/:id/line-items with metadata.listing_id: the same checks and price as the listing route, so
 * a listing line never gets the catalogue price. Lines without a listing are the operator's and pass untouched.
 */
export async function priceListingLineOnAdd(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!rawNamesListing(req)) {
    return next()
  }
  const body = validatedBody<ItemBody>(req)
  const listingId = listingIdOf(body.metadata)
  if (listingId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const cart = await loadCartForListing(query, req.params.id)
    const [priced] = await prepareListingLines(query, cart, [
      { listing_id: listingId, variant_id: body.variant_id, quantity: Number(body.quantity), metadata: body.metadata },
    ])
    applyListingPrice(body, priced)
  }
  next()
}

/** The currency a cart about to be created will have: the one asked for, else its region's, else the store's default region's. */
async function newCartCurrency(query: Query, body: { region_id?: string | null; currency_code?: string | null }) {
  let regionId = body.region_id ?? null
  if (!regionId) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id"] })
    regionId = (stores[0] as { default_region_id?: string | null } | undefined)?.default_region_id ?? null
  }
  let currency = body.currency_code ?? null
  if (!currency && regionId) {
    const { data: regions } = await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } })
    currency = (regions[0] as { currency_code?: string } | undefined)?.currency_code ?? null
  }
  if (!currency) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the cart a region_id so its listings can be priced in the region's currency")
  }
  return { region_id: regionId, currency_code: currency.toLowerCase() }
}

/** POST /store/carts with items naming listings: each is checked and priced like an added listing line. */
export async function priceListingLinesOnCreateCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!rawNamesListing(req)) {
    return next()
  }
  const body = validatedBody<{ region_id?: string | null; currency_code?: string | null; items?: ItemBody[] }>(req)
  const listingItems = (body.items ?? []).filter((item) => !!listingIdOf(item.metadata))
  if (listingItems.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const cart: CartForListing = { ...(await newCartCurrency(query, body)), items: [] }
    const requests: ListingLineRequest[] = listingItems.map((item) => ({
      listing_id: listingIdOf(item.metadata)!,
      variant_id: item.variant_id,
      quantity: Number(item.quantity),
      metadata: item.metadata,
    }))
    const priced = await prepareListingLines(query, cart, requests)
    listingItems.forEach((item, i) => applyListingPrice(item, priced[i]))
  }
  next()
}

/**
 * POST /store/carts/:id/line-items/:line_id: a listing line's new quantity must be in the listing's stock (with
 * the cart's other lines of it), and a line cannot be moved to another listing or lose its listing by editing
 * metadata, since its price is the listing's.
 */
export async function guardListingLineUpdate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = validatedBody<{ quantity?: number; metadata?: Metadata }>(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await loadCartForListing(query, req.params.id)
  const line = cart.items?.find((i) => i.id === req.params.line_id)
  if (!line) {
    return next()
  }
  const current = listingIdOf(line.metadata)
  if (body.metadata !== undefined && listingIdOf(body.metadata) !== current) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      current
        ? `Line ${line.id} is listing ${current}'s offer at its price; remove the line and add the other listing with ${LISTING_ROUTE} instead of changing metadata.listing_id`
        : `Add a distributor's listing with ${LISTING_ROUTE}; an existing line cannot be turned into a listing's line`
    )
  }
  if (current && Number(body.quantity) > 0) {
    await prepareListingLines(query, cart, [{ listing_id: current, quantity: Number(body.quantity) }], { exclude_line_item_id: line.id })
  }
  next()
}

/**
 * POST /store/carts/:id with another region_id, while the cart holds listing lines. Their price is the listing's,
 * in the listing's currency, and Medusa's updateCartWorkflow deletes every custom-price line when a cart changes
 * region (its tax-inclusiveness may change): the shopper would lose them without a word. Refused instead, with
 * what to do. Setting the cart's own region again is a plain refresh and passes.
 */
export async function guardListingCartRegion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = validatedBody<{ region_id?: string }>(req)
  if (!body.region_id) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await loadCartForListing(query, req.params.id)
  const listingIds = [...new Set((cart.items ?? []).map((i) => listingIdOf(i.metadata)).filter((id): id is string => !!id))]
  if (!listingIds.length || body.region_id === cart.region_id) {
    return next()
  }
  const [{ data: regions }, { data: listings }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: body.region_id } }),
    query.graph({ entity: "listing", fields: ["id", "currency_code"], filters: { id: listingIds } }),
  ])
  const currency = (regions[0] as { currency_code?: string } | undefined)?.currency_code
  if (!currency) {
    return next()
  }
  const other = (listings as { id: string; currency_code: string }[]).find((l) => l.currency_code.toLowerCase() !== currency.toLowerCase())
  if (other) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The cart holds listing ${other.id}, priced in ${other.currency_code.toUpperCase()}; a region selling in ${currency.toUpperCase()} cannot take it. Remove the listing's lines first.`
    )
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `The cart holds distributors' listings (${listingIds.join(", ")}) at their own prices, which Medusa removes when a cart changes region; remove those lines, change the region, then add the listings again with ${LISTING_ROUTE}`
  )
}
