import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../../modules/gst"

export type ReverseLedgerEntryInput = { id: string; reason: string }

/**
 * Posts a reversal of a ledger row. It is the workflow's only write and the ledger is append-only, so
 * there is nothing to undo: a reversal that must itself be undone is reversed by a new entry.
 */
export const reverseLedgerEntryStep = createStep("reverse-gst-ledger-entry", async (input: ReverseLedgerEntryInput, { container }) => {
  const gst: GstModuleService = container.resolve(GST_MODULE)
  return new StepResponse(await gst.reverseLedgerEntry(input))
})

