import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { HsnImportRow } from "../csv/hsn-import"
import { HSN_SEED } from "../lib"
import { importHsnCodesWorkflow } from "./import-hsn-codes"
import { syncHsnFromMetadataWorkflow } from "./sync-hsn-from-metadata"

/** HSN_SEED as import rows: one per dated rate, with the notification it comes from. */
export function hsnSeedRows(): HsnImportRow[] {
  let row = 1
  return HSN_SEED.flatMap((hsn) =>
    hsn.schedule.map((entry) => ({
      row: ++row,
      code: hsn.code,
      kind: hsn.kind === "SAC" ? "services" : "goods",
      description: hsn.description,
      uqc: hsn.uqc,
      rate: entry.rate,
      effective_from: entry.effective_from,
      cess_rate: entry.cess_rate ?? "0",
      notification: entry.source ?? "",
    }))
  )
}

/**
 * Puts the HSN codes and rate histories Haat ships with (HSN_SEED) into the master and classifies
 * products by their metadata.hsn_code. Safe to run on every boot or seed: it only adds what is missing,
 * so a description or rate the merchant changed stays as they left it.
 */
export async function seedHsnMaster(container: MedusaContainer) {
  const { result: imported } = await importHsnCodesWorkflow(container).run({
    input: { rows: hsnSeedRows(), only_missing: true },
  })
  if (imported.errors.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `HSN_SEED does not pass the master's checks: ${imported.errors.map((e) => `row ${e.row} ${e.column ?? ""}: ${e.message}`).join("; ")}`
    )
  }
  const { result: synced } = await syncHsnFromMetadataWorkflow(container).run({ input: {} })
  return { imported: imported.summary, synced }
}
