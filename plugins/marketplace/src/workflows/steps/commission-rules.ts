import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CommissionScope, MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { exact } from "../../lib/exact"

export type CommissionRuleInput = {
  name?: string | null
  scope: CommissionScope
  scope_id?: string | null
  type: "percent" | "flat"
  value: string
  currency_code?: string
  effective_from: Date
  effective_to?: Date | null
  priority?: number
  is_active?: boolean
}

export const createCommissionRuleStep = createStep(
  "create-commission-rule",
  async (input: CommissionRuleInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const rule = await marketplace.createCommissionRules({ ...input, value: exact(input.value) })
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteCommissionRules(id)
  }
)

export const updateCommissionRuleStep = createStep(
  "update-commission-rule",
  async (input: Partial<CommissionRuleInput> & { id: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await marketplace.retrieveCommissionRule(input.id, { select: ["id", ...fields] })
    const { value, ...rest } = input
    const rule = await marketplace.updateCommissionRules({ ...rest, ...(value !== undefined ? { value: exact(value) } : {}) })
    return new StepResponse(rule, before as unknown as Record<string, unknown> & { id: string })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    // The snapshot holds exactly the fields the step changed, read before it changed them.
    await marketplace.updateCommissionRules(before as { id: string })
  }
)

/** Soft-deletes a rule, so order lines that cite it still find it; the compensation restores it. */
export const deleteCommissionRuleStep = createStep(
  "delete-commission-rule",
  async (id: string, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.softDeleteCommissionRules(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.restoreCommissionRules(id)
  }
)
