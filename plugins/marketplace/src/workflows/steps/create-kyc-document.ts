import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KycDocumentType, MARKETPLACE_MODULE, MarketplaceModuleService } from "../../modules/marketplace"

export type CreateKycDocumentInput = {
  distributor_id: string
  type: KycDocumentType
  file_id: string
  file_url: string
  filename?: string | null
  mime_type?: string | null
  uploaded_by?: string | null
}

export const createKycDocumentStep = createStep(
  "create-kyc-document",
  async (input: CreateKycDocumentInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const document = await marketplace.createKycDocuments({ ...input, status: "pending" })
    return new StepResponse(document, document.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteKycDocuments(id)
  }
)
