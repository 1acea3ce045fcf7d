import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { KycDocumentType } from "../modules/marketplace/constants"
import { createKycDocumentStep } from "./steps/create-kyc-document"

export type UploadKycDocumentInput = {
  distributor_id: string
  type: KycDocumentType
  uploaded_by: string
  file: { filename: string; mime_type: string; content_base64: string }
}

/** Stores the file through Medusa's file module (private access) and records it as a pending KYC document. */
export const uploadKycDocumentWorkflow = createWorkflow("upload-kyc-document", (input: UploadKycDocumentInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [
        {
          filename: input.file.filename,
          mimeType: input.file.mime_type,
          content: input.file.content_base64,
          access: "private" as const,
        },
      ],
    })),
  })
  const document = createKycDocumentStep(
    transform({ input, files }, ({ input, files }) => ({
      distributor_id: input.distributor_id,
      type: input.type,
      file_id: files[0].id,
      file_url: files[0].url,
      filename: input.file.filename,
      mime_type: input.file.mime_type,
      uploaded_by: input.uploaded_by,
    }))
  )
  return new WorkflowResponse(document)
})
