import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BankDetailsInput, MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

const BANK_FIELDS = ["bank_account_name", "bank_ifsc", "bank_name", "bank_account_last4", "bank_account_encrypted"] as const

export const setBankDetailsStep = createStep(
  "set-distributor-bank-details",
  async (input: { distributor_id: string; bank: BankDetailsInput }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const before = await marketplace.retrieveDistributor(input.distributor_id, { select: ["id", ...BANK_FIELDS] })
    await marketplace.setDistributorBankDetails(input.distributor_id, input.bank)
    return new StepResponse(input.distributor_id, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.updateDistributors({
      id: before.id,
      bank_account_name: before.bank_account_name,
      bank_ifsc: before.bank_ifsc,
      bank_name: before.bank_name,
      bank_account_last4: before.bank_account_last4,
      bank_account_encrypted: before.bank_account_encrypted,
    })
  }
)
