import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reverseLedgerEntryStep, ReverseLedgerEntryInput } from "./invoices/steps/reverse-ledger-entry"

export type { ReverseLedgerEntryInput }

export const reverseLedgerEntryWorkflow = createWorkflow("reverse-gst-ledger-entry", (input: ReverseLedgerEntryInput) => {
  return new WorkflowResponse(reverseLedgerEntryStep(input))
})
