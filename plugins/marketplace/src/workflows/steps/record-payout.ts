import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exact } from "../../lib/exact"
import { paiseOf, rupeesOf } from "../../lib/settlement-money"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type RecordPayoutInput = {
  settlement_id: string
  /** The bank's UTR or transfer reference: a payout is recorded once per reference. */
  reference: string
  /** Rupees as a decimal string, e.g. "1180.50". */
  amount: string
  paid_at: Date | string
  method?: "neft" | "rtgs" | "imps" | "upi" | "other"
}

type Undo = { payout_id: string; settlement_id: string; previous_status: string } | null

/**
 * Records a bank transfer against a closed settlement. The same reference again returns the payout already
 * recorded (a retried request pays once); a transfer larger than what is still owed is refused. The
 * settlement becomes paid when its payouts reach its net payable.
 */
export const recordPayoutStep = createStep(
  "record-payout",
  async (input: RecordPayoutInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const [settlement] = await marketplace.listSettlements(
      { id: input.settlement_id },
      { select: ["id", "distributor_id", "status", "net_payable", "currency_code"], relations: ["payouts"] }
    )
    if (!settlement) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Settlement ${input.settlement_id} was not found`)
    }
    const reference = input.reference.trim()
    const same = (settlement.payouts ?? []).find((p) => p.reference === reference)
    const amount = paiseOf(input.amount)
    if (same) {
      if (paiseOf(same.amount) !== amount) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Payout ${reference} is already recorded for ₹${rupeesOf(paiseOf(same.amount))}, not ₹${rupeesOf(amount)}: check the reference`
        )
      }
      return new StepResponse({ payout_id: same.id, created: false }, null as Undo)
    }
    const duplicateElsewhere = await marketplace.listPayouts({ reference }, { select: ["id", "settlement_id"] })
    if (duplicateElsewhere.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Reference ${reference} is already recorded against settlement ${duplicateElsewhere[0].settlement_id}`
      )
    }
    if (!["closed", "paid"].includes(settlement.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Settlement ${settlement.id} is ${settlement.status}; only a closed settlement can be paid`)
    }
    if (amount <= 0n) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount must be more than ₹0.00")
    }
    const paid = (settlement.payouts ?? [])
      .filter((p) => p.status === "paid")
      .reduce((s, p) => s + paiseOf(p.amount), 0n)
    const owed = paiseOf(settlement.net_payable) - paid
    if (amount > owed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Settlement ${settlement.id} has ₹${rupeesOf(owed < 0n ? 0n : owed)} still to pay; ₹${rupeesOf(amount)} is more than that`
      )
    }
    const payout = await marketplace.createPayouts({
      settlement_id: settlement.id,
      distributor_id: settlement.distributor_id,
      amount: exact(rupeesOf(amount)),
      currency_code: settlement.currency_code,
      method: input.method ?? "neft",
      status: "paid",
      reference,
      paid_at: new Date(input.paid_at),
    })
    if (amount === owed && settlement.status !== "paid") {
      await marketplace.updateSettlements({ id: settlement.id, status: "paid" })
    }
    return new StepResponse(
      { payout_id: payout.id, created: true },
      { payout_id: payout.id, settlement_id: settlement.id, previous_status: settlement.status } as Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deletePayouts(undo.payout_id)
    await marketplace.updateSettlements({ id: undo.settlement_id, status: undo.previous_status as "closed" })
  }
)
