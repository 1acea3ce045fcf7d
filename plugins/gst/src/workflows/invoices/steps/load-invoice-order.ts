import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findHsn, istDate, rateOn } from "../../../lib"
import { GST_MODULE, GstModuleService } from "../../../modules/gst"
import type { InvoiceAddress, InvoiceOrder, InvoiceOrderLine } from "../build-tax-invoice"
import { toMoneyString, toRateString } from "../money"

/** SAC for delivery charges on the invoice: courier services (lib/rates HSN_SEED). */
export const SHIPPING_SAC = "996812"

type TaxLine = { rate: BigNumberInput; code?: string | null }
type OrderRow = {
  id: string
  display_id?: number | null
  customer_id?: string | null
  email?: string | null
  currency_code: string
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  total: BigNumberInput
  shipping_address?: InvoiceAddress | null
  billing_address?: InvoiceAddress | null
  items: {
    id: string
    title: string
    product_title?: string | null
    variant_title?: string | null
    product_id?: string | null
    variant_id?: string | null
    quantity: BigNumberInput
    unit_price: BigNumberInput
    is_tax_inclusive: boolean
    total: BigNumberInput
    subtotal: BigNumberInput
    discount_subtotal: BigNumberInput
    tax_lines?: TaxLine[] | null
  }[]
  shipping_methods: {
    id: string
    name: string
    amount: BigNumberInput
    is_tax_inclusive: boolean
    shipping_option_id?: string | null
    total: BigNumberInput
    subtotal: BigNumberInput
    discount_subtotal: BigNumberInput
    tax_lines?: TaxLine[] | null
  }[]
}

type VariantRow = {
  id: string
  product_id?: string | null
  weight?: number | null
  metadata?: Record<string, unknown> | null
  product?: { metadata?: Record<string, unknown> | null } | null
}

type Query = { graph: (config: { entity: string; fields: string[]; filters?: Record<string, unknown> }) => Promise<{ data: unknown[] }> }

/**
 * The query entry points of links/variant-hsn-code.ts and links/product-hsn-code.ts (Medusa names a link's entry
 * point by its two aliases). Named here rather than imported: importing a link file defines the link, and an app
 * that imports these workflows without loading @haat/gst (HAAT_PLUGINS=marketplace) would then fail to start on a
 * link to a module it does not have.
 */
const VARIANT_HSN_LINK = "product_variant_gst_hsn_code"
const PRODUCT_HSN_LINK = "product_gst_hsn_code"

/** HSN codes linked to variants and products, read from the link tables (variant link first, CGST Rules r.46(g)). */
async function linkedHsnCodes(query: Query, gst: GstModuleService, variantIds: string[], productIds: string[]) {
  const [variantLinks, productLinks] = await Promise.all([
    variantIds.length
      ? query.graph({ entity: VARIANT_HSN_LINK, fields: ["product_variant_id", "gst_hsn_code_id"], filters: { product_variant_id: variantIds } })
      : { data: [] },
    productIds.length
      ? query.graph({ entity: PRODUCT_HSN_LINK, fields: ["product_id", "gst_hsn_code_id"], filters: { product_id: productIds } })
      : { data: [] },
  ])
  const rows = [...variantLinks.data, ...productLinks.data] as { product_variant_id?: string; product_id?: string; gst_hsn_code_id: string }[]
  const hsnIds = [...new Set(rows.map((r) => r.gst_hsn_code_id))]
  const codes = hsnIds.length ? await gst.listGstHsnCodes({ id: hsnIds }, { select: ["id", "code"] }) : []
  const codeById = new Map(codes.map((c) => [c.id, c.code]))
  const variants = new Map<string, string>()
  const products = new Map<string, string>()
  for (const row of rows) {
    const code = codeById.get(row.gst_hsn_code_id)
    if (!code) continue
    if (row.product_variant_id) variants.set(row.product_variant_id, code)
    if (row.product_id) products.set(row.product_id, code)
  }
  return { variants, products }
}

/** One unit's declared net quantity: the variant's metadata.net_quantity, else its product's (a one-size product). */
function netQuantityOf(variant: VariantRow | undefined): string | null {
  const declared = variant?.metadata?.net_quantity ?? variant?.product?.metadata?.net_quantity
  return typeof declared === "string" || typeof declared === "number" ? String(declared) : null
}

export type LoadedInvoiceOrder = {
  order: InvoiceOrder
  /** IST date of the order, the date the invoice is issued on (CGST Act s.31(1): on or before removal of goods). */
  placed_at: string
  shipping_option_ids: string[]
  invoice_prefix: string
}

function splitRates(taxLines: TaxLine[] | null | undefined) {
  const lines = taxLines ?? []
  const cess = lines.filter((t) => (t.code ?? "").toUpperCase() === "CESS")
  const gst = lines.filter((t) => (t.code ?? "").toUpperCase() !== "CESS")
  return { taxed: lines.length > 0, rate: toRateString(gst.map((t) => t.rate)), cess_rate: toRateString(cess.map((t) => t.rate)) }
}

/** The amount the line is charged: tax inside for tax-inclusive prices, the value before tax otherwise. */
function chargedAmount(row: { is_tax_inclusive: boolean; total: BigNumberInput; subtotal: BigNumberInput; discount_subtotal: BigNumberInput }) {
  if (row.is_tax_inclusive) return toMoneyString(row.total)
  // subtotal and discount_subtotal are both before tax.
  return toMoneyString(MathBN.sub(row.subtotal ?? 0, row.discount_subtotal ?? 0))
}

export const loadInvoiceOrderStep = createStep("load-invoice-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const gst: GstModuleService = container.resolve(GST_MODULE)
  const options = gst.documentOptions()

  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "email",
      "currency_code",
      "created_at",
      "metadata",
      "total",
      "shipping_address.*",
      "billing_address.*",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.product_id",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.is_tax_inclusive",
      "items.total",
      "items.subtotal",
      "items.discount_subtotal",
      "items.tax_lines.rate",
      "items.tax_lines.code",
      "shipping_methods.id",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.is_tax_inclusive",
      "shipping_methods.shipping_option_id",
      "shipping_methods.total",
      "shipping_methods.subtotal",
      "shipping_methods.discount_subtotal",
      "shipping_methods.tax_lines.rate",
      "shipping_methods.tax_lines.code",
    ],
    filters: { id: input.order_id },
  })) as unknown as { data: OrderRow[] }
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  }
  const placedAt = istDate(new Date(order.created_at))

  const variantIds = order.items.map((i) => i.variant_id).filter((id): id is string => !!id)
  const { data: variants } = (variantIds.length
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "metadata", "weight", "product_id", "product.metadata"],
        filters: { id: variantIds },
      })
    : { data: [] }) as unknown as { data: VariantRow[] }
  const variantById = new Map(variants.map((v) => [v.id, v]))
  const productIds = [...new Set(variants.map((v) => v.product_id).filter((id): id is string => !!id))]
  const classified = await linkedHsnCodes(query, gst, variantIds, productIds)

  const hsnCache = new Map<string, { uqc: string; rate: string | null; cess_rate: string }>()
  const hsnFacts = async (code: string) => {
    if (hsnCache.has(code)) return hsnCache.get(code)!
    const [row] = await gst.listGstHsnCodes({ code }, { relations: ["rates"] })
    let facts: { uqc: string; rate: string | null; cess_rate: string }
    if (row) {
      const entry = rateOn(
        (row.rates ?? []).map((r) => ({ effective_from: r.effective_from, rate: String(r.rate), cess_rate: String(r.cess_rate ?? 0) })),
        placedAt
      )
      facts = { uqc: row.uqc, rate: entry?.rate ?? null, cess_rate: entry?.cess_rate ?? "0" }
    } else {
      // Not in the store's HSN master: the seed table by the longest heading that matches (2106 90 99 → 2106 90).
      const seed = [8, 6, 4].map((n) => findHsn(code.slice(0, n))).find(Boolean) ?? null
      const entry = seed ? rateOn(seed.schedule, placedAt) : null
      facts = { uqc: seed?.uqc ?? "NOS", rate: entry?.rate ?? null, cess_rate: entry?.cess_rate ?? "0" }
    }
    hsnCache.set(code, facts)
    return facts
  }

  const lines: InvoiceOrderLine[] = []
  for (const item of order.items) {
    const variant = item.variant_id ? variantById.get(item.variant_id) : undefined
    const hsn =
      (variant ? classified.variants.get(variant.id) : undefined) ??
      (variant?.product_id ? classified.products.get(variant.product_id) : undefined) ??
      (variant?.metadata?.hsn_code as string | undefined) ??
      (variant?.product?.metadata?.hsn_code as string | undefined) ??
      options.default_hsn_code
    const description = [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" ")
    if (!hsn) {
      // CGST Rules r.46(g): no invoice without the HSN of the goods.
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${description}" on order ${order.display_id ?? order.id} has no HSN code: classify the product (or set the plugin option default_hsn_code) and issue the invoice again`
      )
    }
    const facts = await hsnFacts(String(hsn).replace(/\s+/g, ""))
    const taxed = splitRates(item.tax_lines)
    const rate = taxed.taxed ? taxed.rate : facts.rate
    if (rate === null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `HSN ${hsn} of "${description}" has no GST rate on ${placedAt} and the order charged no tax on it: add the rate to the HSN master`
      )
    }
    lines.push({
      line_item_id: item.id,
      line_type: "item",
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      description,
      hsn_code: String(hsn).replace(/\s+/g, ""),
      uqc: facts.uqc,
      quantity: Number(item.quantity),
      net_quantity: netQuantityOf(variant),
      weight: variant?.weight ?? null,
      weight_unit: options.variant_weight_unit,
      unit_price: toMoneyString(item.unit_price),
      amount: chargedAmount(item),
      is_tax_inclusive: item.is_tax_inclusive,
      rate,
      cess_rate: taxed.taxed ? taxed.cess_rate : facts.cess_rate,
      taxed: taxed.taxed,
      charged: toMoneyString(item.total),
    })
  }

  // Delivery by the seller is part of a composite supply: the principal supply's rate (CGST Act s.8(a)),
  // unless the order taxed it itself or the plugin fixes a rate for it.
  const mainRate = [...lines].sort((a, b) => Number(b.amount) - Number(a.amount))[0]?.rate ?? "0"
  const shippingRate = options.shipping_rate === "main_supply" ? mainRate : options.shipping_rate
  for (const method of order.shipping_methods ?? []) {
    const taxed = splitRates(method.tax_lines)
    lines.push({
      line_item_id: method.id,
      line_type: "shipping",
      description: `Delivery: ${method.name}`,
      hsn_code: SHIPPING_SAC,
      uqc: "NA",
      quantity: 1,
      unit_price: toMoneyString(method.amount),
      amount: chargedAmount(method),
      is_tax_inclusive: method.is_tax_inclusive,
      rate: taxed.taxed ? taxed.rate : shippingRate,
      cess_rate: taxed.taxed ? taxed.cess_rate : "0",
      taxed: taxed.taxed,
    })
  }

  const gstin = order.metadata?.gstin
  const loaded: LoadedInvoiceOrder = {
    order: {
      id: order.id,
      display_id: order.display_id ?? null,
      customer_id: order.customer_id ?? null,
      email: order.email ?? null,
      currency_code: order.currency_code,
      total: toMoneyString(order.total),
      buyer_gstin: typeof gstin === "string" && gstin.trim() ? gstin : null,
      shipping_address: order.shipping_address ?? null,
      billing_address: order.billing_address ?? null,
      lines,
    },
    placed_at: placedAt,
    shipping_option_ids: (order.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => !!id),
    invoice_prefix: options.invoice_prefix,
  }
  return new StepResponse(loaded)
})
