import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exact } from "../../lib/exact"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { GatheredSettlement } from "./gather-settlement-entries"

/**
 * Writes the closed settlement and one line per sale or return. When the period was closed before, returns
 * that settlement and writes nothing; compensation deletes only what this step wrote.
 */
export const createSettlementStep = createStep(
  "create-settlement",
  async (gathered: GatheredSettlement, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    if (gathered.existing_id || !gathered.settlement) {
      return new StepResponse({ id: gathered.existing_id!, created: false }, null)
    }
    const row = gathered.settlement
    const settlement = await marketplace.createSettlements({
      distributor_id: gathered.distributor_id,
      period_start: gathered.period_start,
      period_end: gathered.period_end,
      currency_code: gathered.currency_code,
      gross_amount: exact(row.gross_amount),
      returns_amount: exact(row.returns_amount),
      commission_amount: exact(row.commission_amount),
      gst_on_commission: exact(row.gst_on_commission),
      tcs_amount: exact(row.tcs_amount),
      tds_amount: exact(row.tds_amount),
      net_payable: exact(row.net_payable),
      status: "closed",
      closed_at: new Date(),
      metadata: row.metadata,
    })
    if (gathered.lines.length) {
      await marketplace.createSettlementLines(
        gathered.lines.map((l) => ({
          settlement_id: settlement.id,
          type: l.type,
          distributor_order_id: l.distributor_order_id,
          distributor_order_line_id: l.distributor_order_line_id,
          description: l.description,
          gross_amount: exact(l.gross_amount),
          commission_amount: exact(l.commission_amount),
          net_amount: exact(l.net_amount),
        }))
      )
    }
    return new StepResponse({ id: settlement.id, created: true }, settlement.id)
  },
  async (settlementId, { container }) => {
    if (!settlementId) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const lines = await marketplace.listSettlementLines({ settlement_id: settlementId }, { select: ["id"], take: null })
    await marketplace.deleteSettlementLines(lines.map((l) => l.id))
    await marketplace.deleteSettlements(settlementId)
  }
)
