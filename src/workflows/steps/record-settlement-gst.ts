import { formatMoney, parseMoney } from "@haat/india"
import { paiseOf } from "@haat/marketplace/lib/settlement-money"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type MarketplaceWriter = {
  listSettlements: (filters: Record<string, unknown>, config?: Record<string, unknown>) => Promise<Record<string, unknown>[]>
  updateSettlements: (data: Record<string, unknown>) => Promise<unknown>
}

export type RecordSettlementGstInput = {
  settlement_id: string
  invoice: { id: string; number: string; issue_date: string; igst: string; cgst: string; sgst: string; utgst: string } | null
  tcs: { period: string; entries: number } | null
}

/**
 * Writes the GST side's references onto the settlement (metadata.commission_invoice, metadata.tcs_posted) and,
 * where the invoice's heads (each rounded on its own half rate) differ from the settlement's single 18%
 * figure, makes the settlement deduct exactly what the invoice charges. Undone by restoring the settlement.
 */
export const recordSettlementGstStep = createStep(
  "record-settlement-gst",
  async (input: RecordSettlementGstInput, { container }) => {
    const marketplace = container.resolve<MarketplaceWriter>("marketplace")
    const [settlement] = await marketplace.listSettlements({ id: input.settlement_id }, {})
    const before = {
      id: settlement.id,
      metadata: settlement.metadata ?? null,
      gst_on_commission: formatMoney(paiseOf(settlement.raw_gst_on_commission ?? settlement.gst_on_commission)),
      net_payable: formatMoney(paiseOf(settlement.raw_net_payable ?? settlement.net_payable)),
    }
    const update: Record<string, unknown> = {
      id: settlement.id,
      metadata: {
        ...((settlement.metadata as Record<string, unknown>) ?? {}),
        ...(input.invoice ? { commission_invoice: { id: input.invoice.id, number: input.invoice.number, issue_date: input.invoice.issue_date } } : {}),
        ...(input.tcs ? { tcs_posted: input.tcs } : {}),
      },
    }
    if (input.invoice) {
      const invoiced = ["igst", "cgst", "sgst", "utgst"].reduce((s, head) => s + parseMoney(input.invoice![head as "igst"]), 0n)
      const deducted = parseMoney(before.gst_on_commission)
      if (invoiced !== deducted) {
        update.gst_on_commission = formatMoney(invoiced)
        update.net_payable = formatMoney(parseMoney(before.net_payable) + deducted - invoiced)
      }
    }
    await marketplace.updateSettlements(update)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<MarketplaceWriter>("marketplace").updateSettlements(before)
  }
)
