import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewKycDocumentInput, reviewKycDocumentStep } from "./steps/review-kyc-document"

export const KYC_DOCUMENT_REVIEWED = "distributor.kyc_document_reviewed"

export const reviewKycDocumentWorkflow = createWorkflow("review-kyc-document", (input: ReviewKycDocumentInput) => {
  const document = reviewKycDocumentStep(input)
  emitEventStep({
    eventName: KYC_DOCUMENT_REVIEWED,
    data: transform({ document }, ({ document }) => ({
      id: document.id,
      status: document.status,
      reason: document.reason,
    })),
  })
  return new WorkflowResponse(document)
})
