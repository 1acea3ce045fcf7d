import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHsnCodesStep } from "./steps/create-hsn-codes"
import { createHsnRatesStep } from "./steps/create-hsn-rates"
import { toLinkDefinition } from "./steps/hsn-links"
import { planHsnImportStep, PlanHsnImportInput } from "./steps/plan-hsn-import"
import { updateHsnCodesStep } from "./steps/update-hsn-codes"
import { updateHsnRatesStep } from "./steps/update-hsn-rates"

export type ImportHsnCodesInput = PlanHsnImportInput & { dry_run?: boolean }

/**
 * Upserts HSN codes and their dated rates from a CSV (or ready rows), and classifies products by handle.
 * All or nothing: every row is checked first, and when any row is wrong nothing is written and the
 * result lists each error by row and column. A dry run returns the plan without writing it.
 */
export const importHsnCodesWorkflow = createWorkflow("import-hsn-codes", (input: ImportHsnCodesInput) => {
  const plan = planHsnImportStep(input)

  when("apply-hsn-import", { plan, input }, ({ plan, input }) => !plan.errors.length && !input.dry_run).then(() => {
    const newCodes = transform({ plan }, ({ plan }) => plan.create_codes.map(({ rates: _rates, ...code }) => code))
    const created = createHsnCodesStep(newCodes)
    updateHsnCodesStep(transform({ plan }, ({ plan }) => plan.update_codes))

    const rates = transform({ plan, created }, ({ plan, created }) => {
      const idOf = new Map(created.map((c) => [c.code, c.id]))
      return [
        ...plan.create_codes.flatMap((code) => code.rates.map((rate) => ({ ...rate, hsn_code_id: idOf.get(code.code)! }))),
        ...plan.create_rates,
      ]
    })
    createHsnRatesStep(rates)
    updateHsnRatesStep(transform({ plan }, ({ plan }) => plan.update_rates))

    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.unlink_products.map(toLinkDefinition)))
    const links = transform({ plan, created }, ({ plan, created }) => {
      const idOf = new Map(created.map((c) => [c.code, c.id]))
      return plan.link_products.map((link) =>
        toLinkDefinition({ target: "product", target_id: link.product_id, hsn_code_id: link.hsn_code_id ?? idOf.get(link.code)! })
      )
    })
    createRemoteLinkStep(links)
  })

  const result = transform({ plan, input }, ({ plan, input }) => ({
    dry_run: !!input.dry_run,
    written: !plan.errors.length && !input.dry_run,
    errors: plan.errors,
    changes: plan.changes,
    summary: plan.summary,
  }))
  return new WorkflowResponse(result)
})
