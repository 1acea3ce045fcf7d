import { computeGstinCheckChar, parseMoney, roundHalfUp } from "@haat/india"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { DemoStore, GUJARAT_ADDRESS } from "./demo-store"
import { seedDistributor } from "./distributors"

type Api = AxiosInstance
/** A JSON body or a module row, read field by field as a client would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place the tests do not type what they read
export type Row = any
export type Headers = { headers: Record<string, string> }

/** Money from a response in paise, through its decimal text: a test never adds rupees as floats. */
export const paise = (value: unknown): bigint => {
  const text = String(value)
  const [whole, fraction = ""] = text.split(".")
  if (fraction.length <= 2) return parseMoney(text)
  const scale = 10n ** BigInt(fraction.length)
  const negative = whole.startsWith("-")
  const units = BigInt(whole.replace("-", "")) * scale + BigInt(fraction)
  const rounded = roundHalfUp(units * 100n, scale)
  return negative ? -rounded : rounded
}

export const failure = (e: { response?: { status: number; data: Row } }) => e.response!

/** A GSTIN from its first 14 characters and the check character they give. */
export const gstin = (first14: string) => first14 + computeGstinCheckChar(first14)

/** The marketplace module's generated service methods tests seed and read with. */
export type MarketplaceService = Record<string, (...args: Row[]) => Promise<Row>>

/**
 * Cart → order through the Store API, cash on delivery, shipping to `address` (Ahmedabad by default).
 * `beforeComplete` sees the cart ready to complete (address, delivery and payment set).
 */
export async function checkout(
  api: Api,
  demo: DemoStore,
  lines: { variant_id: string; quantity: number; listing_id?: string }[],
  address: Record<string, string> = GUJARAT_ADDRESS,
  beforeComplete?: (cartId: string) => Promise<void>
) {
  const { data: created } = await api.post(
    "/store/carts",
    { region_id: demo.region_ids.India, email: "priya.shah@example.in" },
    demo.store
  )
  const cartId = created.cart.id
  for (const line of lines) {
    await api.post(
      `/store/carts/${cartId}/line-items`,
      { variant_id: line.variant_id, quantity: line.quantity, ...(line.listing_id ? { metadata: { listing_id: line.listing_id } } : {}) },
      demo.store
    )
  }
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, demo.store)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, demo.store)
  const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, demo.store)
  const { data: sellers } = await api.get(`/store/carts/${cartId}/sellers`, demo.store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, demo.store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    demo.store
  )
  await beforeComplete?.(cartId)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store)
  expect(completed.type).toBe("order")
  return { order: completed.order, sellers: sellers.sellers }
}

/** order.placed is handled by a subscriber after the response; wait until the split is visible. */
export async function distributorOrdersOf(api: Api, who: Headers, orderId: string, expected = 1) {
  for (let i = 0; i < 100; i++) {
    const { data } = await api.get(`/distributor/orders`, who)
    const mine = data.distributor_orders.filter((o: { order_id: string }) => o.order_id === orderId)
    // The split writes a distributor order, then its lines: wait for both.
    if (mine.length >= expected && mine.every((o: Row) => o.lines?.length > 0)) return { mine, all: data.distributor_orders }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`order ${orderId} was not split within 10 s`)
}

export type Seeded = {
  dist_a: string
  dist_b: string
  a: Headers
  b: Headers
  gstin_a: string
  gstin_b: string
  listings: Record<string, { id: string; variant_id: string; product_id: string }>
}

/**
 * Two verified distributors of the demo catalogue: A, Shah Sweets, in Gujarat (kaju katli, almonds) and B,
 * Mumbai Namkeen, in Maharashtra (bhujia, raisins), each GSTIN with its real check character and a registered
 * address (the principal place of business their tax invoices print, CGST Rules r.46(a)); and commission
 * rules: 5% default, 8% for A, 10% on namkeen, 12.5% on kaju katli.
 */
export async function seedMarketplace(container: MedusaContainer, api: Api): Promise<Seeded> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const marketplace = container.resolve<MarketplaceService>("marketplace")
  const gstinA = gstin("24AAACS1234A1Z")
  const gstinB = gstin("27AAFFM5678B1Z")
  const a = await seedDistributor(container, api, {
    slug: "shah-sweets",
    legal_name: "Shah Sweets Private Limited",
    gstin: gstinA,
    pan: "AAACS1234A",
    email: "owner@shah-sweets.test",
    // The principal place of business a tax invoice names (CGST Rules r.46(a)).
    addresses: [{ type: "registered", address_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", state: "Gujarat", postal_code: "382445" }],
  })
  const b = await seedDistributor(container, api, {
    slug: "mumbai-namkeen",
    legal_name: "Mumbai Namkeen LLP",
    gstin: gstinB,
    pan: "AAFFM5678B",
    email: "owner@mumbai-namkeen.test",
    addresses: [{ type: "registered", address_1: "Unit 12, Andheri Industrial Estate", city: "Mumbai", state: "Maharashtra", postal_code: "400053" }],
  })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.title", "categories.id", "categories.handle"],
    filters: { handle: ["kaju-katli", "california-almonds", "bikaneri-bhujia", "golden-raisins"] },
  })
  const variant = (handle: string, title: string) => {
    const product = (products as Row[]).find((p) => p.handle === handle)
    return { product_id: product.id, variant_id: product.variants.find((v: Row) => v.title === title).id, product }
  }
  const offers: [string, string, string, string, string][] = [
    ["kaju", a.id, "kaju-katli", "500 g", "640"],
    ["almonds", a.id, "california-almonds", "250 g", "250"],
    ["bhujia", b.id, "bikaneri-bhujia", "250 g", "80"],
    ["raisins", b.id, "golden-raisins", "250 g", "110"],
  ]
  const listings: Seeded["listings"] = {}
  for (const [key, distributorId, handle, size, price] of offers) {
    const v = variant(handle, size)
    const listing = await marketplace.createListings({
      distributor_id: distributorId,
      product_id: v.product_id,
      variant_id: v.variant_id,
      sku: `${key.toUpperCase()}-${distributorId.slice(-4)}`,
      price,
      mrp: price,
      stocked_quantity: 100,
      status: "approved",
    })
    listings[key] = { id: listing.id, variant_id: v.variant_id, product_id: v.product_id }
  }
  const namkeen = variant("bikaneri-bhujia", "250 g").product.categories.find((c: Row) => c.handle === "namkeen")
  const from = new Date("2024-01-01T00:00:00Z")
  await marketplace.createCommissionRules([
    { name: "Default", scope: "default", type: "percent", value: "5", effective_from: from },
    { name: "Shah Sweets", scope: "distributor", scope_id: a.id, type: "percent", value: "8", effective_from: from },
    { name: "Namkeen", scope: "category", scope_id: namkeen.id, type: "percent", value: "10", effective_from: from },
    { name: "Kaju Katli", scope: "product", scope_id: listings.kaju.product_id, type: "percent", value: "12.5", effective_from: from },
  ])
  return { dist_a: a.id, dist_b: b.id, a: a.headers, b: b.headers, gstin_a: gstinA, gstin_b: gstinB, listings }
}

