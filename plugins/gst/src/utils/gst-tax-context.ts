import { MedusaError } from "@medusajs/framework/utils"
import { validateGstin } from "../lib"
import { HsnMaster, HsnRateSource, hsnRateOn, normaliseHsn } from "./hsn-rate"

/**
 * What @haat/gst's setTaxLineContext hooks hand its tax provider, as `additional_context.gst`. Medusa gives a
 * tax provider only item ids, prices and the address; the HSN, its rate on the day and the GSTIN each line
 * is supplied under come from the database, so the hooks work them out and the provider only decides.
 */
export const GST_CONTEXT_KEY = "gst"

export type SupplierSource = "stock_location" | "default_registration" | "resolver"

/** A supplier's registered address, as its invoices print it (CGST Rules r.46(a)). */
export type GstSupplierAddress = {
  address_line_1: string
  address_line_2?: string | null
  city: string
  postal_code: string
}

export type GstSupplier = {
  gstin: string
  /** GST state code of the registration, "24". */
  state_code: string
  source: SupplierSource
  /** Given by the resolveSupplier hook for a GSTIN that is not one of the store's registrations: what its invoice prints. */
  legal_name?: string | null
  trade_name?: string | null
  address?: GstSupplierAddress | null
}

export type GstPolicy = {
  /** HSN for a product that has none. */
  default_hsn_code: string | null
  /** "main_supply" or a percent string. */
  shipping_rate: string
  /** Charge IGST on exports and SEZ supplies instead of supplying under LUT/bond (IGST Act s.16(3)). */
  export_with_igst: boolean
}

/** A cart or order line as the supply resolution sees it. */
export type GstSupplyLine = {
  id: string
  title: string
  variant_id: string | null
  product_id: string | null
  /** The cart or order line's metadata (a marketplace names its listing here). */
  metadata: Record<string, unknown> | null
  /** Decimal strings, as Medusa's BigNumber prints them. */
  quantity: string
  unit_price: string
  is_tax_inclusive: boolean
  /** As classified: the variant's HSN, else the product's (a linked HSN code first, then metadata.hsn_code). */
  hsn_code: string | null
  /** The stock location the goods leave from, when one of the sales channel's locations stocks them. */
  location_id: string | null
  /** Who supplies the line unless the resolveSupplier hook says otherwise. */
  supplier: GstSupplier | null
}

export type GstSupply = {
  cart_id: string | null
  order_id: string | null
  sales_channel_id: string | null
  /** IST calendar date the supply is taxed on, YYYY-MM-DD. */
  supply_date: string
  /** As the buyer entered it (cart or order metadata.gstin); validated when the context is built. */
  buyer_gstin: string | null
  buyer_sez: boolean
  lines: GstSupplyLine[]
  /** The store's default registration (or its only active one): who supplies delivery when no line of the store's own is in the cart. */
  default_supplier: GstSupplier | null
  hsn_master: HsnMaster
  policy: GstPolicy
}

/**
 * The resolveSupplier hook's answer: line id → the GSTIN that line is supplied under, with the supplier's legal
 * name and address when the GSTIN is not one of the store's registrations (its tax invoice needs them).
 */
export type SupplierOverride = {
  gstin: string
  legal_name?: string | null
  trade_name?: string | null
  address?: GstSupplierAddress | null
}
export type SupplierOverrides = Record<string, SupplierOverride>

type LineFacts = {
  title: string
  unit_price: string
  quantity: string
  is_tax_inclusive: boolean
}

export type GstTaxableLine = LineFacts & {
  error?: undefined
  hsn_code: string
  hsn_from: "variant_or_product" | "default_hsn_code"
  rate_hsn: string
  rate_source: HsnRateSource
  rate: string
  cess_rate: string
  supplier_gstin: string
  supplier_state: string
  supplier_source: SupplierSource
}

/** A line GST cannot be worked out for; the provider raises `error` when Medusa asks it to tax the line. */
export type GstUntaxableLine = LineFacts & { error: string }

export type GstLineContext = GstTaxableLine | GstUntaxableLine

export type GstTaxContext = GstPolicy & {
  supply_date: string
  /** A valid GSTIN of the buyer (B2B), upper-cased; null for a consumer. */
  buyer_gstin: string | null
  /** Why the GSTIN on the cart was ignored, when it was. */
  buyer_gstin_error: string | null
  /** The buyer is an SEZ unit or developer with a valid GSTIN: a zero-rated supply (IGST Act s.16(1)(b)). */
  buyer_sez: boolean
  /** Every line of the cart or order, so a shipping line can find the main supply. */
  lines: Record<string, GstLineContext>
  /** Who supplies each line (null: no registration applies), whether or not the line can be taxed. */
  suppliers: Record<string, GstSupplier | null>
  /**
   * The store's default registration. Delivery is the store's own supply (the shipping option is the store's):
   * it goes with the store's main line, and with no line of the store's own in the cart, with this registration.
   */
  default_supplier: GstSupplier | null
}

function buyer(supply: GstSupply): Pick<GstTaxContext, "buyer_gstin" | "buyer_gstin_error" | "buyer_sez"> {
  if (!supply.buyer_gstin) {
    return { buyer_gstin: null, buyer_gstin_error: null, buyer_sez: false }
  }
  const check = validateGstin(supply.buyer_gstin)
  if (!check.valid) {
    return {
      buyer_gstin: null,
      buyer_gstin_error: `GSTIN "${supply.buyer_gstin}" ignored, the supply is taxed as to a consumer: ${check.reason}`,
      buyer_sez: false,
    }
  }
  return { buyer_gstin: check.gstin, buyer_gstin_error: null, buyer_sez: supply.buyer_sez }
}

function supplierOf(line: GstSupplyLine, overrides: SupplierOverrides): GstSupplier | null {
  const override = overrides[line.id]
  if (!override) {
    return line.supplier
  }
  const check = validateGstin(override.gstin)
  if (!check.valid) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The resolveSupplier hook of resolve-gst-supply gave "${line.title}" the GSTIN "${override.gstin}": ${check.reason}`
    )
  }
  return {
    gstin: check.gstin,
    state_code: check.state.code,
    source: "resolver",
    legal_name: override.legal_name ?? null,
    trade_name: override.trade_name ?? null,
    address: override.address ?? null,
  }
}

type Classification = { ok: true; code: string; from: GstTaxableLine["hsn_from"] } | { ok: false; error: string }

function classify(line: GstSupplyLine, policy: GstPolicy): Classification {
  if (line.hsn_code) {
    const code = normaliseHsn(line.hsn_code)
    return code
      ? { ok: true, code, from: "variant_or_product" }
      : { ok: false, error: `"${line.title}" has HSN "${line.hsn_code}", which is not a 4-8 digit HSN/SAC code: correct it in Admin → GST` }
  }
  const fallback = policy.default_hsn_code ? normaliseHsn(policy.default_hsn_code) : null
  if (fallback) {
    return { ok: true, code: fallback, from: "default_hsn_code" }
  }
  return {
    ok: false,
    error: `"${line.title}" has no HSN code, and a tax invoice needs one (CGST Rules r.46(g)): link the product to an HSN code in Admin → GST or set its metadata.hsn_code${policy.default_hsn_code ? "" : " (or set the default_hsn_code option of @haat/gst)"}`,
  }
}

function lineContext(line: GstSupplyLine, supply: GstSupply, supplier: GstSupplier | null): GstLineContext {
  const facts: LineFacts = {
    title: line.title,
    unit_price: line.unit_price,
    quantity: line.quantity,
    is_tax_inclusive: line.is_tax_inclusive,
  }
  const classification = classify(line, supply.policy)
  if (!classification.ok) {
    return { ...facts, error: classification.error }
  }
  const rate = hsnRateOn(classification.code, supply.supply_date, supply.hsn_master)
  if (!rate.ok) {
    return { ...facts, error: `"${line.title}": ${rate.error}` }
  }
  if (!supplier) {
    return {
      ...facts,
      error: "No GST registration to supply under: add the store's GSTIN in Admin → GST and mark it as the default registration",
    }
  }
  return {
    ...facts,
    hsn_code: classification.code,
    hsn_from: classification.from,
    rate_hsn: rate.rate_hsn,
    rate_source: rate.rate_source,
    rate: rate.rate,
    cess_rate: rate.cess_rate,
    supplier_gstin: supplier.gstin,
    supplier_state: supplier.state_code,
    supplier_source: supplier.source,
  }
}

/** Puts the loaded supply and the resolveSupplier hook's answer together into what the tax provider reads. */
export function buildGstTaxContext(supply: GstSupply, overrides: SupplierOverrides = {}): GstTaxContext {
  const unknown = Object.keys(overrides).filter((id) => !supply.lines.some((line) => line.id === id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The resolveSupplier hook of resolve-gst-supply named lines that are not in the ${supply.order_id ? "order" : "cart"}: ${unknown.join(", ")}`
    )
  }
  const suppliers = Object.fromEntries(supply.lines.map((line) => [line.id, supplierOf(line, overrides)]))
  return {
    ...supply.policy,
    supply_date: supply.supply_date,
    ...buyer(supply),
    lines: Object.fromEntries(supply.lines.map((line) => [line.id, lineContext(line, supply, suppliers[line.id])])),
    suppliers,
    default_supplier: supply.default_supplier ?? null,
  }
}

/** The GST context in a tax calculation's additional_context, if @haat/gst's hook put one there. */
export function readGstTaxContext(additional: Record<string, unknown> | undefined | null): GstTaxContext | null {
  const value = additional?.[GST_CONTEXT_KEY]
  return value && typeof value === "object" && "lines" in value ? (value as GstTaxContext) : null
}
