import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadKycDocumentWorkflow } from "../../../workflows/upload-kyc-document"
import { distributorContext } from "../../utils/distributor-context"
import { respondWithList } from "../../utils/list-response"
import { KYC_FIELDS } from "../../utils/query-fields"
import { uploadedFile } from "../../utils/upload"
import type { GetDistributorListType, PostKycDocumentType } from "../validators"

const KYC_MIME_TYPES = ["application/pdf", "image/jpeg", "image/png"]

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetDistributorListType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await respondWithList(req, res, "kyc_documents", "kyc_document", KYC_FIELDS, { distributor_id: context.distributor_id })
}

/** Multipart upload: field "file" (PDF, JPEG or PNG, up to 10 MB) and "type" (gst_certificate, pan_card, …). */
export async function POST(req: AuthenticatedMedusaRequest<PostKycDocumentType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const file = uploadedFile(req, "file", KYC_MIME_TYPES)
  const { result } = await uploadKycDocumentWorkflow(req.scope).run({
    input: {
      distributor_id: context.distributor_id,
      type: req.validatedBody.type,
      uploaded_by: context.member_id,
      file: { filename: file.originalname, mime_type: file.mimetype, content_base64: file.buffer.toString("base64") },
    },
  })
  res.status(201).json({ kyc_document: result })
}
