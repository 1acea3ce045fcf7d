import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type ReviewKycDocumentInput = {
  id: string
  status: "approved" | "rejected"
  reason?: string | null
  reviewed_by: string
}

export const reviewKycDocumentStep = createStep(
  "review-kyc-document",
  async (input: ReviewKycDocumentInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    if (input.status === "rejected" && !input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A reason is required to reject a KYC document; the distributor sees it and uploads a new one"
      )
    }
    const before = await marketplace.retrieveKycDocument(input.id, {
      select: ["id", "status", "reason", "reviewed_by", "reviewed_at"],
    })
    const document = await marketplace.updateKycDocuments({
      id: input.id,
      status: input.status,
      reason: input.reason?.trim() || null,
      reviewed_by: input.reviewed_by,
      reviewed_at: new Date(),
    })
    return new StepResponse(document, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.updateKycDocuments({
      id: before.id,
      status: before.status,
      reason: before.reason,
      reviewed_by: before.reviewed_by,
      reviewed_at: before.reviewed_at,
    })
  }
)
