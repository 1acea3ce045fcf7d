import { MedusaError } from "@medusajs/framework/utils"
import { formatMoney, parseMoney, resolveState, splitTax, validateGstin } from "../../lib"
import type { IssueDocumentInput, IssueDocumentLineInput } from "../../modules/gst/service"
import { uqcQuantity, VariantWeightUnit } from "../../utils/uqc-quantity"

/**
 * A tax invoice from an order, as pure data (CGST Rules r.46). Amounts in, amounts out are decimal strings
 * in the order's currency, rounded to the paisa; the tax on each line is split by `splitTax`, so every head
 * is rounded once, per line, half-up.
 */

export type InvoiceSupplier = {
  gstin: string
  legal_name: string
  trade_name?: string | null
  state_code: string
  address_line_1: string
  address_line_2?: string | null
  city: string
  postal_code: string
}

export type InvoiceAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

export type InvoiceOrderLine = {
  line_item_id: string | null
  line_type: "item" | "shipping"
  product_id?: string | null
  variant_id?: string | null
  description: string
  hsn_code: string
  /** The HSN master's UQC. */
  uqc: string
  /** Units sold (the cart's quantity: packs). */
  quantity: number
  /** One unit's declared net quantity ("500 g"): the variant's, else the product's metadata.net_quantity. */
  net_quantity?: string | null
  /** The variant's weight (Medusa's product_variant.weight), in `weight_unit`. */
  weight?: number | string | null
  weight_unit?: VariantWeightUnit
  /** The price of one unit as the order lists it (tax-inclusive when `is_tax_inclusive`). */
  unit_price: string
  /**
   * What the line is charged after discounts: tax-inclusive lines give the amount paid (tax inside),
   * tax-exclusive lines the value before tax.
   */
  amount: string
  is_tax_inclusive: boolean
  /** Total GST rate in percent: the sum of the line's GST tax lines, or the HSN's rate on the day when it has none. */
  rate: string
  cess_rate: string
  /** True when the order carried tax lines for the line (tax was charged on it). */
  taxed: boolean
  /** What the buyer paid for the line, tax included (the order line's total); splits the order's charge between suppliers. */
  charged?: string
}

export type InvoiceOrder = {
  id: string
  display_id?: number | null
  customer_id?: string | null
  email?: string | null
  currency_code: string
  /** What the buyer was charged for the order. */
  total: string
  /** The buyer's GSTIN from the order's metadata, as captured at checkout. */
  buyer_gstin?: string | null
  shipping_address?: InvoiceAddress | null
  billing_address?: InvoiceAddress | null
  lines: InvoiceOrderLine[]
}

/**
 * B2C inter-State invoices above this value are reported invoice-wise in GSTR-1 table 5 (B2CL).
 * ₹2.5 lakh from the start of GST; ₹1 lakh from 1 Aug 2024 (Notification 12/2024-Central Tax,
 * dated 10 Jul 2024, amending FORM GSTR-1).
 */
export const B2CL_THRESHOLDS: readonly { effective_from: string; amount: string; source: string }[] = [
  { effective_from: "2017-07-01", amount: "250000.00", source: "FORM GSTR-1 table 5 as notified with the CGST Rules, 2017" },
  { effective_from: "2024-08-01", amount: "100000.00", source: "Notification 12/2024-Central Tax dated 10 Jul 2024" },
]

export function b2clThresholdOn(day: string): string {
  const inForce = B2CL_THRESHOLDS.filter((t) => t.effective_from <= day).sort((a, b) =>
    a.effective_from < b.effective_from ? 1 : -1
  )[0]
  return (inForce ?? B2CL_THRESHOLDS[0]).amount
}

/** GST place-of-supply code for goods sent out of India (GSTR-1 and e-invoice "Other Countries"). */
export const EXPORT_PLACE_OF_SUPPLY = "96"

export function personName(address?: InvoiceAddress | null): string | null {
  if (!address) return null
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ").trim()
  return address.company?.trim() || name || null
}

function placeOfSupply(order: InvoiceOrder): { code: string; export: boolean } {
  const address = order.shipping_address ?? order.billing_address
  const country = (address?.country_code ?? "in").toLowerCase()
  if (country !== "in") {
    return { code: EXPORT_PLACE_OF_SUPPLY, export: true }
  }
  // IGST Act s.10(1)(a): for goods moved to the buyer, where the movement ends.
  const state = [order.shipping_address?.province, order.billing_address?.province]
    .map((p) => (p ? resolveState(p) : null))
    .find((s) => s && s.type !== "centre_jurisdiction")
  if (!state) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Order ${order.display_id ?? order.id} has no Indian state on its shipping address ("${order.shipping_address?.province ?? ""}"): set the state so the place of supply can be determined (IGST Act s.10)`
    )
  }
  return { code: state.code, export: false }
}

type Heads = { taxable_value: bigint; igst: bigint; cgst: bigint; sgst: bigint; utgst: bigint; cess: bigint; total: bigint }

const ZERO: Heads = { taxable_value: 0n, igst: 0n, cgst: 0n, sgst: 0n, utgst: 0n, cess: 0n, total: 0n }

export function addHeads(a: Heads, b: Heads): Heads {
  return {
    taxable_value: a.taxable_value + b.taxable_value,
    igst: a.igst + b.igst,
    cgst: a.cgst + b.cgst,
    sgst: a.sgst + b.sgst,
    utgst: a.utgst + b.utgst,
    cess: a.cess + b.cess,
    total: a.total + b.total,
  }
}

export function headsOf(line: Record<keyof Heads, string>): Heads {
  return {
    taxable_value: parseMoney(line.taxable_value),
    igst: parseMoney(line.igst),
    cgst: parseMoney(line.cgst),
    sgst: parseMoney(line.sgst),
    utgst: parseMoney(line.utgst),
    cess: parseMoney(line.cess),
    total: parseMoney(line.total),
  }
}

export function formatHeads(heads: Heads): Record<keyof Heads, string> {
  return {
    taxable_value: formatMoney(heads.taxable_value),
    igst: formatMoney(heads.igst),
    cgst: formatMoney(heads.cgst),
    sgst: formatMoney(heads.sgst),
    utgst: formatMoney(heads.utgst),
    cess: formatMoney(heads.cess),
    total: formatMoney(heads.total),
  }
}

export type BuildTaxInvoiceInput = {
  order: InvoiceOrder
  supplier: InvoiceSupplier
  prefix: string
  /** IST date of issue, YYYY-MM-DD (decides the B2CL threshold). */
  issue_date: string
  issued_at?: Date | string
}

export function buildTaxInvoice({ order, supplier, prefix, issue_date, issued_at }: BuildTaxInvoiceInput): IssueDocumentInput {
  const pos = placeOfSupply(order)
  const buyerGstin = order.buyer_gstin ? validateGstin(order.buyer_gstin) : null
  const registeredBuyer = buyerGstin?.valid ? buyerGstin.gstin : null
  // Exports without tax charged go under a letter of undertaking (IGST Act s.16(3)(a)); with tax, IGST is paid.
  const lut = pos.export && order.lines.every((line) => !line.taxed)

  const lines: IssueDocumentLineInput[] = order.lines.map((line) => {
    const split = splitTax({
      supplier_state: supplier.state_code,
      place_of_supply: pos.export ? null : pos.code,
      supply_type: pos.export ? "export" : "domestic",
      lut,
      rate: line.rate,
      cess_rate: line.cess_rate,
      amount: line.amount,
      quantity: 1,
      tax_inclusive: line.is_tax_inclusive && !lut,
    })
    // CGST Rules r.46(i): the quantity in the unit (UQC) of the goods, not the count of packs under it.
    const reported = uqcQuantity({
      hsn_code: line.hsn_code,
      uqc: line.uqc,
      quantity: line.quantity,
      net_quantity: line.net_quantity,
      weight: line.weight,
      weight_unit: line.weight_unit,
    })
    return {
      line_item_id: line.line_item_id,
      line_type: line.line_type,
      product_id: line.product_id ?? null,
      variant_id: line.variant_id ?? null,
      description: line.description,
      hsn_code: line.hsn_code,
      uqc: line.uqc,
      quantity: line.quantity,
      reported_uqc: reported.uqc,
      reported_quantity: reported.quantity,
      net_quantity: reported.net_quantity,
      unit_price: line.unit_price,
      taxable_value: split.taxable_value,
      rate: lut ? "0" : line.rate,
      cess_rate: lut ? "0" : line.cess_rate,
      igst: split.igst,
      cgst: split.cgst,
      sgst: split.sgst,
      utgst: split.utgst,
      cess: split.cess,
      total: split.total,
    }
  })

  const sums = lines.reduce((acc, line) => addHeads(acc, headsOf(line)), ZERO)
  // Rule 46 asks for the total value; what the buyer was charged is that value. Any paisa between the
  // exact sum of the lines and the charge (Medusa rounds its own totals) is shown as round-off.
  const charged = parseMoney(order.total)
  const roundOff = charged - sums.total
  const interState = pos.export || pos.code !== supplier.state_code
  const supplyType = pos.export
    ? "exp"
    : registeredBuyer
      ? "b2b"
      : interState && charged > parseMoney(b2clThresholdOn(issue_date))
        ? "b2cl"
        : "b2cs"

  const buyerAddress = order.billing_address ?? order.shipping_address ?? null
  const totals = formatHeads(sums)
  return {
    document_type: "invoice",
    prefix,
    issued_at: issued_at ?? issue_date,
    idempotency_key: `invoice:${order.id}:${supplier.gstin}`,
    order_id: order.id,
    customer_id: order.customer_id ?? null,
    ...supplierFields(supplier),
    buyer_gstin: registeredBuyer,
    buyer_name: personName(order.billing_address) ?? personName(order.shipping_address) ?? order.email ?? "Customer",
    buyer_address: buyerAddress ? { ...buyerAddress } : null,
    place_of_supply: pos.code,
    supply_type: supplyType,
    export_type: pos.export ? (lut ? "WOPAY" : "WPAY") : null,
    reverse_charge: false,
    currency_code: order.currency_code,
    ...totals,
    round_off: formatMoney(roundOff),
    total: formatMoney(charged),
    metadata: {
      order_display_id: order.display_id ?? null,
      prices_include_tax: order.lines.some((l) => l.is_tax_inclusive),
      shipping_address: order.shipping_address ?? null,
    },
    lines,
  }
}

/** One tax invoice to issue: a supplier and the part of the order it supplied. */
/** The supplier as every document snapshots it (CGST Rules r.46(a): name, address and GSTIN of the supplier). */
export function supplierFields(supplier: InvoiceSupplier) {
  return {
    supplier_gstin: supplier.gstin,
    supplier_legal_name: supplier.legal_name,
    supplier_state_code: supplier.state_code,
    supplier_address: {
      trade_name: supplier.trade_name ?? null,
      address_line_1: supplier.address_line_1,
      address_line_2: supplier.address_line_2 ?? null,
      city: supplier.city,
      postal_code: supplier.postal_code,
      state_code: supplier.state_code,
    },
  }
}

export type InvoiceGroup = { supplier: InvoiceSupplier; order: InvoiceOrder }

/**
 * Splits an order into one invoice per supplier (CGST Act s.31: each supplier invoices its own supply). Lines
 * in `suppliers` (by line_item_id) are supplied under that GSTIN; every other line, delivery included, is the
 * store's, under `store`. A supplier's invoice totals what the buyer paid for its lines; the store's invoice
 * takes the rest of the order's charge, so the invoices together add up to the order. The store's invoice
 * comes first; the others in the order of their first line.
 */
export function splitOrderBySupplier(
  order: InvoiceOrder,
  store: InvoiceSupplier | null,
  suppliers: Record<string, InvoiceSupplier>
): InvoiceGroup[] {
  const groups = new Map<string, { supplier: InvoiceSupplier; lines: InvoiceOrderLine[] }>()
  const own: InvoiceOrderLine[] = []
  for (const line of order.lines) {
    const supplier = line.line_item_id ? suppliers[line.line_item_id] : undefined
    if (!supplier || supplier.gstin === store?.gstin) {
      own.push(line)
      continue
    }
    const group = groups.get(supplier.gstin) ?? { supplier, lines: [] }
    group.lines.push(line)
    groups.set(supplier.gstin, group)
  }
  if (!groups.size) {
    if (!store) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.display_id ?? order.id} has no supplier to invoice it`)
    }
    return [{ supplier: store, order }]
  }
  const others: InvoiceGroup[] = [...groups.values()].map(({ supplier, lines }) => ({
    supplier,
    order: {
      ...order,
      lines,
      total: formatMoney(lines.reduce((sum, line) => sum + parseMoney(line.charged ?? line.amount), 0n)),
    },
  }))
  if (!own.length) {
    return others
  }
  if (!store) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `No tax invoice for the store's own lines of order ${order.display_id ?? order.id}: no active GST registration applies. Add one under Settings → GST and issue the invoice again`
    )
  }
  const othersTotal = others.reduce((sum, group) => sum + parseMoney(group.order.total), 0n)
  return [{ supplier: store, order: { ...order, lines: own, total: formatMoney(parseMoney(order.total) - othersTotal) } }, ...others]
}
