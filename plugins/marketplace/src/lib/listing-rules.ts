import { formatMoney, parseMoney } from "@haat/india"

/** A listing as a distributor submits it, one row of a form or of a CSV file. Amounts are rupees as text. */
export type ListingRowInput = {
  variant_id?: string | null
  /** The catalogue variant's SKU, an alternative to variant_id in CSV files. */
  variant_sku?: string | null
  proposed_product?: Record<string, unknown> | null
  sku?: string | null
  price?: string | number | null
  mrp?: string | number | null
  stock_location_id?: string | null
  stocked_quantity?: string | number | null
  low_stock_threshold?: string | number | null
}

export type CatalogueVariant = { id: string; product_id: string; sku?: string | null }

export type ListingContext = {
  variantsById: Map<string, CatalogueVariant>
  variantsBySku: Map<string, CatalogueVariant>
  /** SKUs the distributor already uses on other listings. */
  takenSkus: Set<string>
  /** Variants the distributor already lists. */
  listedVariantIds: Set<string>
  /** The distributor's own stock locations; the first is used when a row names none. */
  stockLocationIds: string[]
}

export type ValidListing = {
  product_id: string | null
  variant_id: string | null
  proposed_product: Record<string, unknown> | null
  sku: string
  price: string
  mrp: string
  stock_location_id: string | null
  stocked_quantity: number
  low_stock_threshold: number
}

export type RowError = { row: number; field: string; message: string }

function money(value: string | number | null | undefined, field: string, errors: string[]): bigint | null {
  if (value === null || value === undefined || String(value).trim() === "") {
    errors.push(`${field}: required, in rupees (e.g. 612.50)`)
    return null
  }
  try {
    const paise = parseMoney(String(value))
    if (paise <= 0n) {
      errors.push(`${field}: must be more than zero, got ${value}`)
      return null
    }
    return paise
  } catch {
    errors.push(`${field}: "${value}" is not an amount in rupees; use digits with up to two decimals, e.g. 612.50`)
    return null
  }
}

function count(value: string | number | null | undefined, field: string, errors: string[]): number {
  if (value === null || value === undefined || String(value).trim() === "") {
    return 0
  }
  const text = String(value).trim()
  if (!/^\d+$/.test(text)) {
    errors.push(`${field}: must be a whole number of units, zero or more, got "${value}"`)
    return 0
  }
  return Number(text)
}

type FieldError = { field: string; message: string }

function splitField(message: string): FieldError {
  const at = message.indexOf(": ")
  return { field: message.slice(0, at), message: message.slice(at + 2) }
}

function resolveVariant(row: ListingRowInput, context: ListingContext, errors: string[]): CatalogueVariant | null {
  if (row.variant_id) {
    const variant = context.variantsById.get(row.variant_id)
    if (!variant) errors.push(`variant_id: no product variant ${row.variant_id} in the catalogue`)
    return variant ?? null
  }
  if (row.variant_sku) {
    const variant = context.variantsBySku.get(row.variant_sku)
    if (!variant) errors.push(`variant_sku: no product variant with SKU "${row.variant_sku}" in the catalogue`)
    return variant ?? null
  }
  if (!row.proposed_product) {
    errors.push("variant_id: name the catalogue variant you offer (variant_id or variant_sku), or propose a new product")
  }
  return null
}

/**
 * Checks one listing against the catalogue and the distributor's other listings. `seen` carries SKUs and
 * variants of earlier rows of the same batch, so a file cannot list one twice.
 */
export function validateListingRow(
  row: ListingRowInput,
  context: ListingContext,
  seen: { skus: Set<string>; variantIds: Set<string> } = { skus: new Set(), variantIds: new Set() }
): { listing: ValidListing | null; errors: FieldError[] } {
  const errors: string[] = []
  const variant = resolveVariant(row, context, errors)
  if (variant && (context.listedVariantIds.has(variant.id) || seen.variantIds.has(variant.id))) {
    errors.push(`variant_id: you already list variant ${variant.id}; update that listing instead`)
  }
  const proposal = row.proposed_product
  if (!variant && proposal && (typeof proposal.title !== "string" || !proposal.title.trim())) {
    errors.push("proposed_product: a proposed product needs a title")
  }

  const sku = (row.sku ?? "").toString().trim()
  if (!sku) {
    errors.push("sku: your own SKU for this item is required")
  } else if (context.takenSkus.has(sku) || seen.skus.has(sku)) {
    errors.push(`sku: you already use SKU "${sku}" on another listing`)
  }

  const price = money(row.price, "price", errors)
  const mrp = money(row.mrp, "mrp", errors)
  // Legal Metrology (Packaged Commodities) Rules 2011 r.18: nothing may be sold above the MRP on the pack.
  if (price !== null && mrp !== null && price > mrp) {
    errors.push(`price: ₹${formatMoney(price)} is above the MRP of ₹${formatMoney(mrp)}; price must not exceed MRP`)
  }

  let stockLocationId: string | null = row.stock_location_id ?? context.stockLocationIds[0] ?? null
  if (row.stock_location_id && !context.stockLocationIds.includes(row.stock_location_id)) {
    errors.push(`stock_location_id: ${row.stock_location_id} is not one of your warehouses`)
    stockLocationId = null
  }
  const stocked = count(row.stocked_quantity, "stocked_quantity", errors)
  const threshold = count(row.low_stock_threshold, "low_stock_threshold", errors)

  if (errors.length) {
    return { listing: null, errors: errors.map(splitField) }
  }
  seen.skus.add(sku)
  if (variant) seen.variantIds.add(variant.id)
  return {
    listing: {
      product_id: variant?.product_id ?? null,
      variant_id: variant?.id ?? null,
      proposed_product: variant ? null : (proposal ?? null),
      sku,
      price: formatMoney(price as bigint),
      mrp: formatMoney(mrp as bigint),
      stock_location_id: stockLocationId,
      stocked_quantity: stocked,
      low_stock_threshold: threshold,
    },
    errors: [],
  }
}

/** Validates a whole batch; rows are numbered from `firstRow` (2 for a CSV file with a header line). */
export function validateListingRows(
  rows: ListingRowInput[],
  context: ListingContext,
  firstRow = 1
): { listings: ValidListing[]; errors: RowError[] } {
  const seen = { skus: new Set<string>(), variantIds: new Set<string>() }
  const listings: ValidListing[] = []
  const errors: RowError[] = []
  rows.forEach((row, index) => {
    const result = validateListingRow(row, context, seen)
    if (result.listing) listings.push(result.listing)
    errors.push(...result.errors.map((e) => ({ row: index + firstRow, ...e })))
  })
  return { listings, errors }
}
