import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { istDate, RateSchedule } from "../../lib"
import { GstSupplier, GstSupply, GstSupplyLine } from "../../utils/gst-tax-context"
import { HsnMaster, hsnCandidates, normaliseHsn } from "../../utils/hsn-rate"
import { gstPluginOptions, gstPolicy } from "../../utils/plugin-options"
import { shippingLocation, StockLevel } from "../../utils/supply-location"

/** A line as the tax-lines workflows hand it to their hook (an order edit's new items are not on the order yet). */
export type SupplyItemInput = {
  id: string
  title?: string | null
  product_title?: string | null
  variant_id?: string | null
  product_id?: string | null
  quantity: unknown
  unit_price: unknown
  is_tax_inclusive?: boolean | null
  is_giftcard?: boolean | null
  metadata?: Record<string, unknown> | null
}

export type LoadGstSupplyInput = {
  cart_id?: string
  order_id?: string
  /** Lines to include besides those the cart or order holds. */
  items?: SupplyItemInput[]
}

type Query = Omit<RemoteQueryFunction, symbol>
type Metadata = Record<string, unknown> | null | undefined
type HsnLink = { code: string } | null | undefined

type Header = { id: string; sales_channel_id: string | null; metadata: Metadata; items: (SupplyItemInput | null)[] | null }

type VariantRow = {
  id: string
  metadata: Metadata
  gst_hsn_code?: HsnLink
  inventory_items?: ({
    required_quantity: number
    inventory?: { location_levels?: (StockLevel | null)[] | null } | null
  } | null)[]
}

type ProductRow = { id: string; metadata: Metadata; gst_hsn_code?: HsnLink }

type RegistrationRow = { id: string; gstin: string; state_code: string; status: string; is_default: boolean }

type ChannelRow = { stock_locations?: ({ id: string; gst_registration?: RegistrationRow | null } | null)[] | null }

type HsnRow = { code: string; rates?: ({ effective_from: string; rate: number | string; cess_rate: number | string } | null)[] }

const LINE_FIELDS = [
  "id",
  "title",
  "product_title",
  "variant_id",
  "product_id",
  "quantity",
  "unit_price",
  "is_tax_inclusive",
  "is_giftcard",
  "metadata",
]

async function header(query: Query, input: LoadGstSupplyInput): Promise<Header> {
  const entity = input.order_id ? "order" : "cart"
  const id = input.order_id ?? input.cart_id
  const { data } = await query.graph({
    entity,
    fields: ["id", "sales_channel_id", "metadata", ...LINE_FIELDS.map((f) => `items.${f}`)],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${entity} ${id} not found`)
  }
  return data[0] as Header
}

function metadataHsn(metadata: Metadata): string | null {
  const code = metadata?.hsn_code
  return typeof code === "string" && code.trim() ? code.trim() : null
}

async function byId<T extends { id: string }>(query: Query, entity: string, ids: string[], fields: string[]) {
  if (!ids.length) {
    return new Map<string, T>()
  }
  const { data } = await query.graph({ entity, fields, filters: { id: ids } })
  return new Map((data as T[]).map((row) => [row.id, row]))
}

async function registrations(query: Query) {
  const { data } = await query.graph({
    entity: "gst_registration",
    fields: ["id", "gstin", "state_code", "status", "is_default"],
    filters: { status: "active" },
  })
  const active = data as RegistrationRow[]
  // With a single registration there is nothing to choose between, flagged default or not.
  return active.find((r) => r.is_default) ?? (active.length === 1 ? active[0] : null)
}

async function channelLocations(query: Query, salesChannelId: string | null) {
  if (!salesChannelId) {
    return [] as { id: string; registration: RegistrationRow | null }[]
  }
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: [
      "stock_locations.id",
      "stock_locations.gst_registration.id",
      "stock_locations.gst_registration.gstin",
      "stock_locations.gst_registration.state_code",
      "stock_locations.gst_registration.status",
    ],
    filters: { id: salesChannelId },
  })
  return ((data[0] as ChannelRow | undefined)?.stock_locations ?? [])
    .filter((l): l is NonNullable<typeof l> => !!l)
    .map((l) => ({ id: l.id, registration: l.gst_registration?.status === "active" ? l.gst_registration : null }))
}

async function hsnMaster(query: Query, codes: string[]): Promise<HsnMaster> {
  if (!codes.length) {
    return {}
  }
  const { data } = await query.graph({
    entity: "gst_hsn_code",
    fields: ["code", "rates.effective_from", "rates.rate", "rates.cess_rate"],
    filters: { code: codes },
  })
  return Object.fromEntries(
    (data as HsnRow[]).map((row) => [
      row.code,
      (row.rates ?? []).filter((r): r is NonNullable<typeof r> => !!r).map(
        (r): RateSchedule[number] => ({ effective_from: r.effective_from, rate: String(r.rate), cess_rate: String(r.cess_rate ?? 0) })
      ),
    ])
  )
}

function supplierFrom(registration: RegistrationRow, source: GstSupplier["source"]): GstSupplier {
  return { gstin: registration.gstin, state_code: registration.state_code, source }
}

/**
 * Reads what GST needs about a cart or order: its lines with their HSN (variant, then product; a linked HSN code,
 * then metadata.hsn_code), the stock location each ships from and the registration that supplies it, the buyer's
 * GSTIN, the HSN master's schedules for the codes involved, and the plugin's options.
 */
export async function loadGstSupply(container: MedusaContainer, input: LoadGstSupplyInput): Promise<GstSupply> {
  const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
  const head = await header(query, input)
  const items = new Map<string, SupplyItemInput>()
  for (const item of [...(head.items ?? []), ...(input.items ?? [])]) {
    if (item && !item.is_giftcard) {
      items.set(item.id, { ...items.get(item.id), ...item })
    }
  }
  const lines = [...items.values()]
  const ids = (key: "variant_id" | "product_id") => [...new Set(lines.map((l) => l[key]).filter((v): v is string => !!v))]

  const [variants, products, fallback, locations] = await Promise.all([
    byId<VariantRow>(query, "product_variant", ids("variant_id"), [
      "id",
      "metadata",
      "gst_hsn_code.code",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ]),
    byId<ProductRow>(query, "product", ids("product_id"), ["id", "metadata", "gst_hsn_code.code"]),
    registrations(query),
    channelLocations(query, head.sales_channel_id),
  ])

  const options = gstPluginOptions(container)
  const supplyLines: GstSupplyLine[] = lines.map((item) => {
    const variant = item.variant_id ? variants.get(item.variant_id) : undefined
    const product = item.product_id ? products.get(item.product_id) : undefined
    const inventory = variant?.inventory_items?.find((i) => !!i)
    const levels = (inventory?.inventory?.location_levels ?? []).filter((l): l is StockLevel => !!l)
    const quantity = String(item.quantity)
    const locationId = shippingLocation(
      levels,
      locations.map((l) => l.id),
      Number(quantity) * (inventory?.required_quantity ?? 1)
    )
    const locationRegistration = locations.find((l) => l.id === locationId)?.registration
    return {
      id: item.id,
      title: item.product_title ?? item.title ?? item.id,
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      metadata: item.metadata ?? null,
      quantity,
      unit_price: String(item.unit_price),
      is_tax_inclusive: !!item.is_tax_inclusive,
      hsn_code:
        variant?.gst_hsn_code?.code ??
        product?.gst_hsn_code?.code ??
        metadataHsn(variant?.metadata) ??
        metadataHsn(product?.metadata),
      location_id: locationId,
      supplier: locationRegistration
        ? supplierFrom(locationRegistration, "stock_location")
        : fallback && supplierFrom(fallback, "default_registration"),
    }
  })

  const codes = [...supplyLines.map((l) => l.hsn_code), options.default_hsn_code ?? null]
    .map((code) => (code ? normaliseHsn(code) : null))
    .filter((code): code is string => !!code)
    .flatMap(hsnCandidates)
  const gstin = head.metadata?.gstin
  return {
    cart_id: input.order_id ? null : head.id,
    order_id: input.order_id ? head.id : null,
    sales_channel_id: head.sales_channel_id,
    // Goods are taxed at the rate in force when they are supplied (CGST Act s.12(2), s.14): today, in India.
    supply_date: istDate(new Date()),
    buyer_gstin: typeof gstin === "string" && gstin.trim() ? gstin.trim() : null,
    buyer_sez: head.metadata?.gst_sez === true,
    lines: supplyLines,
    default_supplier: fallback && supplierFrom(fallback, "default_registration"),
    hsn_master: await hsnMaster(query, [...new Set(codes)]),
    policy: gstPolicy(options),
  }
}

export const loadGstSupplyStep = createStep("load-gst-supply", async (input: LoadGstSupplyInput, { container }) => {
  return new StepResponse(await loadGstSupply(container, input))
})
