import { formatMoney, istDate } from "@haat/india"
import { paiseOf } from "@haat/marketplace/lib/settlement-money"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TcsGroupInput } from "@haat/gst/workflows"

/** A rate group of a settlement's TCS, as the marketplace stores it in `metadata.tcs.by_rate` (rupee strings). */
type StoredTcsGroup = {
  rate: string
  intra_state: boolean
  buyer_registered?: boolean
  supplies?: string
  returns?: string
  base: string
  cgst: string
  sgst: string
  igst: string
}

export type SettlementGst = {
  settlement_id: string
  distributor: { gstin: string; legal_name: string; address: Record<string, unknown> | null }
  /** YYYY-MM: the IST month the settlement's supplies belong to. */
  period: string
  commission: string
  gst_on_commission: string
  /** Already recorded on the settlement by an earlier run: nothing more to do. */
  recorded: boolean
  tcs_groups: TcsGroupInput[]
}

type MarketplaceReader = {
  listSettlements: (filters: Record<string, unknown>, config: Record<string, unknown>) => Promise<Record<string, unknown>[]>
}

/** Reads what the GST side needs from a closed settlement: the distributor's GSTIN, the commission, the TCS groups. */
export const loadSettlementGstStep = createStep("load-settlement-gst", async (input: { settlement_id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceReader>("marketplace")
  const [settlement] = await marketplace.listSettlements({ id: input.settlement_id }, { relations: ["distributor"] })
  if (!settlement) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Settlement ${input.settlement_id} was not found`)
  }
  const distributor = settlement.distributor as { gstin: string; legal_name: string; addresses?: Record<string, unknown>[] | null }
  const metadata = (settlement.metadata ?? {}) as { tcs?: { by_rate?: StoredTcsGroup[] }; commission_invoice?: unknown; tcs_posted?: unknown }
  const registered = (distributor.addresses ?? []).find((a) => a.type === "registered") ?? distributor.addresses?.[0] ?? null
  // The settlement covers [period_start, period_end): its supplies are of the IST month its last instant falls in.
  const period = istDate(new Date(new Date(settlement.period_end as string | Date).getTime() - 1)).slice(0, 7)
  const groups = (metadata.tcs?.by_rate ?? []).filter((g) => g.supplies !== undefined && g.returns !== undefined)
  return new StepResponse<SettlementGst>({
    settlement_id: String(settlement.id),
    distributor: { gstin: distributor.gstin, legal_name: distributor.legal_name, address: registered },
    period,
    commission: formatMoney(paiseOf(settlement.raw_commission_amount ?? settlement.commission_amount)),
    gst_on_commission: formatMoney(paiseOf(settlement.raw_gst_on_commission ?? settlement.gst_on_commission)),
    recorded: Boolean(metadata.commission_invoice || metadata.tcs_posted),
    tcs_groups: groups.map((g) => ({
      rate: g.rate,
      intra_state: g.intra_state,
      buyer_registered: g.buyer_registered ?? false,
      supplies: g.supplies!,
      returns: g.returns!,
      net: g.base,
      cgst: g.cgst,
      sgst: g.sgst,
      igst: g.igst,
    })),
  })
})
