import type { BigNumberInput, ItemTaxLineDTO, ShippingTaxLineDTO } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { GstRuleError, resolveState, splitTax, stateFromGstin, SupplyNature, SupplyType, TaxHead } from "../../lib"
import { GstTaxableLine, GstTaxContext } from "../../utils/gst-tax-context"

/** GST code of "Other Countries", the place of supply GSTR-1 reports an export under. */
const OTHER_COUNTRIES = "96"

export type GstTaxInput = {
  items: { id: string }[]
  shipping: { id: string }[]
  address: { country_code: string; province_code?: string | null }
  gst: GstTaxContext
  provider_id: string
}

/** What each GST tax line carries into the cart and then the order, for invoices and returns. */
export type GstTaxLineData = {
  supply_type: SupplyType
  supply: SupplyNature
  zero_rated: boolean
  /** Zero-rated without IGST under a letter of undertaking or bond (IGST Act s.16(3)(a)). */
  lut: boolean
  /** GST state code of the place of supply; "96" for an export. */
  place_of_supply: string
  /** True when the delivery address has no state yet: taxed as a supply within the supplier's State until it does. */
  provisional: boolean
  supplier_gstin: string
  supplier_state: string
  hsn_code: string
  /** Total GST percent of the line (the heads' rates without cess add up to it) and the cess percent. */
  rate: string
  cess_rate: string
  rate_hsn: string
  rate_source: GstTaxableLine["rate_source"]
  supply_date: string
  /** Shipping only: taxed at the rate of the main supply (CGST Act s.8(a)) or at the shipping_rate option. */
  shipping_basis?: "main_supply" | "shipping_rate"
  main_supply_line_id?: string
}

type Supply = { type: SupplyType; place_of_supply: string | null; provisional: boolean; lut: boolean }

type TaxLine = ItemTaxLineDTO | ShippingTaxLineDTO

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Export when the goods leave India; an SEZ supply when a buyer with a valid GSTIN says it is an SEZ unit or
 * developer; otherwise domestic, with the State of the delivery address as the place of supply (IGST Act
 * s.10(1)(a)). An Indian address without a state yet is taxed as supplied within the supplier's State.
 */
function supplyOf(address: GstTaxInput["address"], gst: GstTaxContext): Supply {
  if ((address.country_code ?? "").toLowerCase() !== "in") {
    return { type: "export", place_of_supply: OTHER_COUNTRIES, provisional: false, lut: !gst.export_with_igst }
  }
  const province = (address.province_code ?? "").trim()
  const state = province ? resolveState(province) : null
  if (province && (!state || state.type === "centre_jurisdiction")) {
    throw invalid(
      `"${province}" in the delivery address is not an Indian State or Union territory, and GST needs it as the place of supply (IGST Act s.10(1)(a)): give its ISO code (in-gj), GST state code (24) or name (Gujarat)`
    )
  }
  if (gst.buyer_sez && gst.buyer_gstin) {
    const place = state?.code ?? stateFromGstin(gst.buyer_gstin)!.code
    return { type: "sez", place_of_supply: place, provisional: false, lut: !gst.export_with_igst }
  }
  return { type: "domestic", place_of_supply: state?.code ?? null, provisional: !state, lut: false }
}

function taxable(id: string, gst: GstTaxContext): GstTaxableLine {
  const line = gst.lines[id]
  if (!line) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `No GST context for line ${id}: @haat/gst's setTaxLineContext hook did not see it`
    )
  }
  if (line.error !== undefined) {
    throw invalid(line.error)
  }
  return line
}

function taxableValue(line: GstTaxableLine) {
  const gross = MathBN.mult(line.unit_price, line.quantity)
  if (!line.is_tax_inclusive) {
    return gross
  }
  return MathBN.div(MathBN.mult(gross, 100), MathBN.add(100, line.rate, line.cess_rate))
}

/**
 * The principal supply a delivery charge belongs to (CGST Act s.2(30), s.8(a)): the line with the highest
 * taxable value; on a tie the higher rate, then the earlier line.
 */
export function mainSupply(gst: GstTaxContext, ids: string[] = Object.keys(gst.lines)): [string, GstTaxableLine] | null {
  let best: [string, GstTaxableLine, BigNumberInput] | null = null
  for (const id of ids) {
    const line = taxable(id, gst)
    const value = taxableValue(line)
    if (
      !best ||
      MathBN.gt(value, best[2]) ||
      (MathBN.eq(value, best[2]) && MathBN.gt(MathBN.add(line.rate, line.cess_rate), MathBN.add(best[1].rate, best[1].cess_rate)))
    ) {
      best = [id, line, value]
    }
  }
  return best && [best[0], best[1]]
}

function isPercent(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text)
}

function heads(line: Pick<GstTaxableLine, "rate" | "cess_rate" | "supplier_state">, supply: Supply, place: string) {
  try {
    // The heads and their rates do not depend on the amount; Medusa applies the rates to the line amounts.
    return splitTax({
      supplier_state: line.supplier_state,
      place_of_supply: place,
      supply_type: supply.type,
      lut: supply.lut,
      rate: line.rate,
      cess_rate: line.cess_rate,
      amount: "0",
      tax_inclusive: false,
    })
  } catch (e) {
    if (e instanceof GstRuleError) {
      throw invalid(e.message)
    }
    throw e
  }
}

function linesFor(
  target: { line_item_id: string } | { shipping_line_id: string },
  line: Pick<GstTaxableLine, "rate" | "cess_rate" | "supplier_state">,
  data: Omit<GstTaxLineData, "supply" | "zero_rated" | "lut" | "place_of_supply" | "provisional" | "supply_type">,
  supply: Supply,
  providerId: string
): TaxLine[] {
  // Without a delivery State yet, the supply is taken as made within the supplier's State.
  const place = supply.place_of_supply ?? line.supplier_state
  const split = heads(line, supply, place)
  const lineData: GstTaxLineData = {
    ...data,
    supply_type: supply.type,
    supply: split.supply,
    zero_rated: split.zero_rated,
    lut: supply.lut,
    place_of_supply: place,
    provisional: supply.provisional,
  }
  return split.heads.map((head) => ({
    ...target,
    code: head.head satisfies TaxHead,
    name: `${head.head} ${head.rate}%`,
    rate: Number(head.rate),
    provider_id: providerId,
    data: lineData,
  }))
}

function itemData(line: GstTaxableLine, gst: GstTaxContext) {
  return {
    supplier_gstin: line.supplier_gstin,
    supplier_state: line.supplier_state,
    hsn_code: line.hsn_code,
    rate: line.rate,
    cess_rate: line.cess_rate,
    rate_hsn: line.rate_hsn,
    rate_source: line.rate_source,
    supply_date: gst.supply_date,
  }
}

function shippingLines(input: GstTaxInput, supply: Supply): TaxLine[] {
  const { gst } = input
  if (!input.shipping.length) {
    return []
  }
  // Delivery is the store's own supply (its shipping option): it goes with the store's main line. Lines the app
  // gave to another supplier (a marketplace seller) are that supplier's; with only those in the cart, delivery
  // is still the store's, under its default registration, at the rate of the main supply (CGST Act s.8(a)).
  const own = Object.keys(gst.lines).filter((id) => {
    const line = gst.lines[id]
    return line.error !== undefined || line.supplier_source !== "resolver"
  })
  const main = (own.length ? mainSupply(gst, own) : null) ?? mainSupply(gst)
  if (!main) {
    // A delivery charge with no goods in the cart supplies nothing yet.
    return []
  }
  const [mainId, mainLine] = main
  const byOption = gst.shipping_rate !== "main_supply"
  if (byOption && !isPercent(gst.shipping_rate)) {
    throw invalid(`The shipping_rate option of @haat/gst is "${gst.shipping_rate}": use "main_supply" or a percent such as "18"`)
  }
  const store = own.length || !gst.default_supplier ? null : gst.default_supplier
  const supplied = store
    ? { ...mainLine, supplier_gstin: store.gstin, supplier_state: store.state_code, supplier_source: store.source }
    : mainLine
  const rated = byOption ? { ...supplied, rate: gst.shipping_rate, cess_rate: "0" } : supplied
  return input.shipping.flatMap((method) =>
    linesFor(
      { shipping_line_id: method.id },
      rated,
      {
        ...itemData(rated, gst),
        shipping_basis: byOption ? "shipping_rate" : "main_supply",
        main_supply_line_id: mainId,
      },
      supply,
      input.provider_id
    )
  )
}

/**
 * The GST tax lines of a cart's or order's items and delivery charges: CGST + SGST (or UTGST) at half the
 * rate each within a State, IGST across States, zero-rated IGST for exports and SEZ supplies, and cess where
 * the HSN carries it. Rates are percents; Medusa applies them to the line amounts.
 */
export function gstTaxLines(input: GstTaxInput): TaxLine[] {
  const supply = supplyOf(input.address, input.gst)
  const items = input.items.flatMap((item) => {
    const line = taxable(item.id, input.gst)
    return linesFor({ line_item_id: item.id }, line, itemData(line, input.gst), supply, input.provider_id)
  })
  return [...items, ...shippingLines(input, supply)]
}
