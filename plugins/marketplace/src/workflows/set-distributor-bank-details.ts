import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankDetailsInput } from "../modules/marketplace/service"
import { setBankDetailsStep } from "./steps/set-bank-details"

export const setDistributorBankDetailsWorkflow = createWorkflow(
  "set-distributor-bank-details",
  (input: { distributor_id: string; bank: BankDetailsInput }) => {
    return new WorkflowResponse(setBankDetailsStep(input))
  }
)
