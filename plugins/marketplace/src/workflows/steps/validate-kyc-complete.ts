import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"
import { missingKycDocuments } from "../../lib/kyc"

/** Refuses to send a distributor for review before the documents a reviewer needs are uploaded. */
export const validateKycCompleteStep = createStep(
  "validate-kyc-complete",
  async (input: { distributor_id: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const documents = await marketplace.listKycDocuments(
      { distributor_id: input.distributor_id },
      { select: ["type", "status"] }
    )
    const missing = missingKycDocuments(documents)
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Upload these KYC documents before submitting for review: ${missing.join(", ")}`
      )
    }
    return new StepResponse(true)
  }
)
