import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { paiseOf, rupeesOf } from "../../../lib/settlement-money"
import { StatementSettlement } from "../../../lib/settlement-statement"

export const SETTLEMENT_FIELDS = [
  "id",
  "distributor_id",
  "period_start",
  "period_end",
  "currency_code",
  "gross_amount",
  "returns_amount",
  "commission_amount",
  "gst_on_commission",
  "tcs_amount",
  "tds_amount",
  "adjustment_amount",
  "net_payable",
  "status",
  "reference",
  "closed_at",
  "metadata",
  "created_at",
]

const DETAIL_FIELDS = [
  ...SETTLEMENT_FIELDS,
  "distributor.id",
  "distributor.slug",
  "distributor.legal_name",
  "distributor.trade_name",
  "distributor.gstin",
  "distributor.pan",
  "distributor.state_code",
  "lines.id",
  "lines.type",
  "lines.distributor_order_id",
  "lines.distributor_order_line_id",
  "lines.description",
  "lines.gross_amount",
  "lines.commission_amount",
  "lines.net_amount",
  "payouts.id",
  "payouts.amount",
  "payouts.method",
  "payouts.status",
  "payouts.reference",
  "payouts.paid_at",
]

/**
 * One settlement with its distributor, lines and payouts. With distributorId, only that distributor's own
 * settlement is found: another's is reported not found.
 */
export async function loadSettlement(scope: MedusaContainer, id: string, distributorId?: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { id }
  if (distributorId) filters.distributor_id = distributorId
  const {
    data: [settlement],
  } = await query.graph({ entity: "settlement", fields: DETAIL_FIELDS, filters })
  if (!settlement) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Settlement ${id} was not found`)
  }
  return settlement as Record<string, unknown> & { id: string }
}

const r = (value: unknown) => rupeesOf(paiseOf(value ?? 0))

type Amount = number | string | null | undefined
type LoadedSettlement = Omit<StatementSettlement, "lines" | "payouts" | `${string}_amount` | "gst_on_commission" | "net_payable"> & {
  gross_amount: Amount
  returns_amount: Amount
  commission_amount: Amount
  gst_on_commission: Amount
  tcs_amount: Amount
  tds_amount: Amount
  net_payable: Amount
  lines?: { type: string; description: string | null; gross_amount: Amount; commission_amount: Amount; net_amount: Amount }[]
  payouts?: { reference: string | null; amount: Amount; paid_at: string | Date | null; method: string }[]
}

/** The settlement with its amounts as exact rupee strings, for the CSV and PDF statements. */
export function toStatement(loaded: Record<string, unknown>): StatementSettlement {
  const s = loaded as unknown as LoadedSettlement
  return {
    id: s.id,
    distributor: s.distributor,
    period_start: s.period_start,
    period_end: s.period_end,
    closed_at: s.closed_at,
    status: s.status,
    gross_amount: r(s.gross_amount),
    returns_amount: r(s.returns_amount),
    commission_amount: r(s.commission_amount),
    gst_on_commission: r(s.gst_on_commission),
    tcs_amount: r(s.tcs_amount),
    tds_amount: r(s.tds_amount),
    net_payable: r(s.net_payable),
    metadata: s.metadata,
    lines: (s.lines ?? []).map((l) => ({
      type: l.type,
      description: l.description,
      gross_amount: r(l.gross_amount),
      commission_amount: r(l.commission_amount),
      net_amount: r(l.net_amount),
    })),
    payouts: (s.payouts ?? []).map((p) => ({
      reference: p.reference,
      amount: r(p.amount),
      paid_at: p.paid_at,
      method: p.method,
    })),
  }
}
