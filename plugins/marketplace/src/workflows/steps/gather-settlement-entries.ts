import { resolveState, stateFromGstin } from "@haat/india"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { calculateSettlement, GST_ON_COMMISSION_RATE, periodProblem, proportionOf, SettlementEntry } from "../../lib/settlement"
import { paiseOf, rupeesOf } from "../../lib/settlement-money"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { RecordedReturn } from "./record-received-return"

export type CloseSettlementInput = {
  distributor_id: string
  period_start: Date | string
  period_end: Date | string
}

/** Amounts as rupee strings ("612.50"): a step's output is stored as JSON, which has no bigint. */
export type SettlementRow = {
  gross_amount: string
  returns_amount: string
  commission_amount: string
  gst_on_commission: string
  tcs_amount: string
  tds_amount: string
  net_payable: string
  metadata: Record<string, unknown>
}

export type SettlementLineRow = {
  type: "sale" | "return"
  distributor_order_id: string
  distributor_order_line_id: string | null
  description: string
  gross_amount: string
  commission_amount: string
  net_amount: string
}

/**
 * One sale or return as gathered, before any figure is final. Amounts as rupee strings ("612.50"): a step's
 * output is stored as JSON, which has no bigint. `key` names it for the `supplyValues` hook.
 */
export type GatheredEntry = {
  key: string
  kind: "sale" | "return"
  order_id: string
  line_item_id: string
  distributor_order_id: string
  distributor_order_line_id: string
  /** Units sold, or units returned (all returns of the line so far). */
  quantity: number
  description: string
  supplied_at: string
  intra_state: boolean
  buyer_registered: boolean
  gross: string
  taxable: string
  commission: string
}

export type GatheredEntries = {
  distributor_id: string
  /** The distributor's GSTIN: the supplier on its tax documents. */
  gstin: string | null
  period_start: Date
  period_end: Date
  currency_code: string
  /** The settlement already closed for this period, if any: closing again changes nothing. */
  existing_id: string | null
  entries: GatheredEntry[]
}

export type GatheredSettlement = Omit<GatheredEntries, "entries"> & {
  settlement: SettlementRow | null
  lines: SettlementLineRow[]
}

/**
 * What the `supplyValues` hook may return: for an entry's key, the value the supplier's own tax documents give
 * it (what the customer paid, and the value before GST). An entry it leaves out keeps the marketplace's figures.
 */
export type SupplyValues = Record<string, { gross: string; taxable: string }>

const AMOUNT = /^\d+(\.\d{1,2})?$/

function rowsOf(entries: SettlementEntry[]): { settlement: SettlementRow; lines: SettlementLineRow[] } {
  const f = calculateSettlement(entries)
  return {
    settlement: {
      gross_amount: rupeesOf(f.gross),
      returns_amount: rupeesOf(f.returns),
      commission_amount: rupeesOf(f.commission),
      gst_on_commission: rupeesOf(f.gst_on_commission),
      tcs_amount: rupeesOf(f.tcs.total),
      tds_amount: rupeesOf(f.tds.total),
      net_payable: rupeesOf(f.net_payable),
      // The one source of the TCS figures the app posts to the GST ledger (GSTR-8) and of the TDS certificate.
      metadata: {
        gst_on_commission_rate: GST_ON_COMMISSION_RATE,
        tcs: {
          base: rupeesOf(f.tcs.base),
          cgst: rupeesOf(f.tcs.cgst),
          sgst: rupeesOf(f.tcs.sgst),
          igst: rupeesOf(f.tcs.igst),
          by_rate: f.tcs.by_rate.map((r) => ({
            rate: r.rate,
            intra_state: r.intra_state,
            buyer_registered: r.buyer_registered,
            supplies: rupeesOf(r.supplies),
            returns: rupeesOf(r.returns),
            base: rupeesOf(r.base),
            cgst: rupeesOf(r.cgst),
            sgst: rupeesOf(r.sgst),
            igst: rupeesOf(r.igst),
          })),
        },
        tds: {
          base: rupeesOf(f.tds.base),
          by_rate: f.tds.by_rate.map((r) => ({ rate: r.rate, base: rupeesOf(r.base), amount: rupeesOf(r.amount) })),
        },
      },
    },
    lines: entries.map((e) => ({
      type: e.kind,
      distributor_order_id: e.distributor_order_id,
      distributor_order_line_id: e.distributor_order_line_id,
      description: e.description,
      gross_amount: rupeesOf(e.gross),
      commission_amount: rupeesOf(e.commission),
      net_amount: rupeesOf(e.kind === "sale" ? e.gross - e.commission : e.commission - e.gross),
    })),
  }
}

/**
 * The settlement of the gathered entries, with the values the hook returned in place of the marketplace's
 * own. Throws on a value that is not an amount of rupees to the paisa, so a bad hook fails the close.
 */
export function settleGathered(gathered: GatheredEntries, values: SupplyValues | undefined | null): GatheredSettlement {
  const { entries: gatheredEntries, ...rest } = gathered
  if (gathered.existing_id) {
    return { ...rest, settlement: null, lines: [] }
  }
  const entries: SettlementEntry[] = gatheredEntries.map((e) => {
    const given = values?.[e.key]
    for (const field of ["gross", "taxable"] as const) {
      if (given && !AMOUNT.test(String(given[field]))) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `supplyValues gave ${field} "${given[field]}" for ${e.key}; expected rupees such as 612.50`)
      }
    }
    return {
      kind: e.kind,
      distributor_order_id: e.distributor_order_id,
      distributor_order_line_id: e.distributor_order_line_id,
      description: e.description,
      supplied_at: new Date(e.supplied_at),
      intra_state: e.intra_state,
      buyer_registered: e.buyer_registered,
      gross: paiseOf(given?.gross ?? e.gross),
      taxable: paiseOf(given?.taxable ?? e.taxable),
      commission: paiseOf(e.commission),
    }
  })
  return { ...rest, ...rowsOf(entries) }
}

/**
 * What a period owes a distributor: every line of its orders placed in [period_start, period_end) that is
 * not cancelled (with the line's shipping share), and every return accepted before period_end on any of its
 * orders, each counted in exactly one settlement. Reads only.
 */
export const gatherSettlementEntriesStep = createStep(
  "gather-settlement-entries",
  async (input: CloseSettlementInput, { container }) => {
    const start = new Date(input.period_start)
    const end = new Date(input.period_end)
    const problem = periodProblem(start, end, new Date())
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [distributor] = await marketplace.listDistributors({ id: input.distributor_id }, { select: ["id", "gstin", "state_code"] })
    if (!distributor) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Distributor ${input.distributor_id} was not found`)
    }
    const [existing] = await marketplace.listSettlements(
      { distributor_id: distributor.id, period_start: start, period_end: end },
      { select: ["id"] }
    )
    const base = { distributor_id: distributor.id, gstin: distributor.gstin ?? null, period_start: start, period_end: end, currency_code: "inr" }
    if (existing) {
      return new StepResponse<GatheredEntries>({ ...base, existing_id: existing.id, entries: [] })
    }

    const orders = await marketplace.listDistributorOrders(
      { distributor_id: distributor.id, created_at: { $lt: end } },
      {
        select: ["id", "order_id", "status", "created_at", "currency_code", "metadata"],
        relations: ["lines"],
        take: null,
      }
    )
    const lineIds = orders.flatMap((o) => (o.lines ?? []).map((l) => l.id))
    const settled = lineIds.length
      ? await marketplace.listSettlementLines(
          { distributor_order_line_id: lineIds },
          { select: ["distributor_order_line_id", "type"], take: null }
        )
      : []
    const alreadySettled = new Set(settled.map((s) => `${s.distributor_order_line_id}|${s.type}`))

    const orderIds = [...new Set(orders.map((o) => o.order_id))]
    const { data: customerOrders } = orderIds.length
      ? await query.graph({
          entity: "order",
          fields: ["id", "metadata", "shipping_address.province", "shipping_address.country_code", "billing_address.province", "billing_address.country_code"],
          filters: { id: orderIds },
        })
      : { data: [] }
    type Address = { province?: string | null; country_code?: string | null } | null | undefined
    type CustomerOrder = { id: string; metadata?: Record<string, unknown> | null; shipping_address?: Address; billing_address?: Address }
    // IGST Act s.10(1)(a): goods are supplied where their movement ends, the shipping address (the billing
    // address when there is none). An address outside India has no State: the supply is not intra-State.
    const stateOf = (address: Address) =>
      address?.province && (address.country_code ?? "in").toLowerCase() === "in" ? resolveState(address.province)?.code ?? null : null
    const placeOfSupply = new Map(
      (customerOrders as CustomerOrder[]).map((o) => [o.id, o.shipping_address ? stateOf(o.shipping_address) : stateOf(o.billing_address)])
    )
    // The buyer's GSTIN, when the storefront recorded one on the order (metadata.gstin, as a GST plugin sets it).
    const registeredBuyer = new Map(
      (customerOrders as CustomerOrder[]).map((o) => [o.id, typeof o.metadata?.gstin === "string" && o.metadata.gstin.trim() !== ""])
    )
    // The distributor supplies from the State of its GSTIN (its first two digits): that, not an address it
    // keeps on file, decides intra- vs inter-State (IGST Act s.8(1), s.7(1)).
    const supplierState = stateFromGstin(distributor.gstin)?.code ?? distributor.state_code

    const entries: GatheredEntry[] = []
    for (const order of orders) {
      const placedAt = new Date(order.created_at)
      const placedInPeriod = placedAt >= start && placedAt < end
      const metadata = (order.metadata ?? {}) as {
        shipping_shares?: Record<string, string>
        shipping_tax_shares?: Record<string, string>
        returns?: Record<string, RecordedReturn>
      }
      const intraState = placeOfSupply.get(order.order_id) === supplierState
      const buyerRegistered = registeredBuyer.get(order.order_id) ?? false
      for (const line of order.lines ?? []) {
        const total = paiseOf(line.raw_total ?? line.total)
        const taxable = paiseOf(line.raw_subtotal ?? line.subtotal)
        const commission = paiseOf(line.raw_commission_amount ?? line.commission_amount)
        const shipping = paiseOf(metadata.shipping_shares?.[line.line_item_id] ?? "0")
        // TCS and TDS are on the value before GST: the shipping share less the GST in it (orders split before
        // the split recorded that GST have none recorded, and count the share whole).
        const shippingTax = paiseOf(metadata.shipping_tax_shares?.[line.line_item_id] ?? "0")
        const common = {
          order_id: order.order_id,
          line_item_id: line.line_item_id,
          distributor_order_id: order.id,
          distributor_order_line_id: line.id,
          supplied_at: placedAt.toISOString(),
          intra_state: intraState,
          buyer_registered: buyerRegistered,
        }
        if (placedInPeriod && line.status !== "cancelled" && !alreadySettled.has(`${line.id}|sale`)) {
          entries.push({
            ...common,
            key: `sale:${line.id}`,
            kind: "sale",
            quantity: line.quantity,
            description: `${line.quantity} × ${line.sku ?? line.variant_id ?? line.line_item_id} (order ${order.order_id})`,
            gross: rupeesOf(total + shipping),
            taxable: rupeesOf(taxable + shipping - shippingTax),
            commission: rupeesOf(commission),
          })
        }
        const accepted = metadata.returns?.[line.id]
        if (
          accepted &&
          line.returned_quantity > 0 &&
          new Date(accepted.accepted_at) < end &&
          !alreadySettled.has(`${line.id}|return`)
        ) {
          entries.push({
            ...common,
            key: `return:${line.id}`,
            kind: "return",
            quantity: line.returned_quantity,
            description: `Return of ${line.returned_quantity} × ${line.sku ?? line.variant_id ?? line.line_item_id} (order ${order.order_id})`,
            gross: rupeesOf(proportionOf(total, line.returned_quantity, line.quantity)),
            taxable: rupeesOf(proportionOf(taxable, line.returned_quantity, line.quantity)),
            commission: rupeesOf(proportionOf(commission, line.returned_quantity, line.quantity)),
          })
        }
      }
    }
    return new StepResponse<GatheredEntries>({
      ...base,
      currency_code: orders[0]?.currency_code ?? "inr",
      existing_id: null,
      entries,
    })
  }
)
