import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { normaliseHsn, seedEntryFor } from "../../utils/hsn-rate"

export type SeedHsnMasterInput = { codes: string[] }

export type SeedHsnMasterResult = {
  /** Every code asked for that is now in the HSN master, with its row id. */
  hsn_codes: { id: string; code: string }[]
  /** Codes no HSN_SEED entry covers: nothing was created for them. */
  unmatched: string[]
}

/**
 * Puts HSN codes into the HSN master with the dated rates of the HSN_SEED entry each falls under (its heading
 * or sub-heading when the code itself is not listed). Codes already in the master are left as they are.
 */
export const seedHsnMasterStep = createStep(
  "seed-hsn-master",
  async (input: SeedHsnMasterInput, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const codes = [...new Set(input.codes.map((c) => normaliseHsn(c) ?? c))]
    const { data: existing } = await query.graph({ entity: "gst_hsn_code", fields: ["id", "code"], filters: { code: codes } })
    const have = new Set(existing.map((row: { code: string }) => row.code))
    const missing = codes.filter((code) => !have.has(code))
    const seeded = missing.flatMap((code) => {
      const entry = seedEntryFor(code)
      return entry ? [{ code, entry }] : []
    })
    const created = seeded.length
      ? await gst.createGstHsnCodes(
          seeded.map(({ code, entry }) => ({
            code,
            description: entry.description,
            uqc: entry.uqc,
            kind: entry.kind === "SAC" ? ("services" as const) : ("goods" as const),
            metadata: { hsn_seed: entry.code },
          }))
        )
      : []
    const rates = created.flatMap((row) =>
      seeded
        .find((s) => s.code === row.code)!
        .entry.schedule.map((rate) => ({
          hsn_code_id: row.id,
          effective_from: rate.effective_from,
          rate: Number(rate.rate),
          cess_rate: Number(rate.cess_rate ?? 0),
          notification: rate.source ?? null,
        }))
    )
    if (rates.length) {
      await gst.createGstHsnRates(rates)
    }
    const result: SeedHsnMasterResult = {
      hsn_codes: [...existing, ...created].map((row: { id: string; code: string }) => ({ id: row.id, code: row.code })),
      unmatched: missing.filter((code) => !seeded.some((s) => s.code === code)),
    }
    return new StepResponse(result, created.map((row) => row.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.deleteGstHsnCodes(createdIds)
  }
)
