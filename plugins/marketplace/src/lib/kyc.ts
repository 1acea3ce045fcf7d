import { KycDocumentType } from "../modules/marketplace/constants"

/** The documents a reviewer needs to verify a distributor: its GST registration certificate (FORM GST REG-06) and PAN card. */
export const REQUIRED_KYC_DOCUMENTS: readonly KycDocumentType[] = ["gst_certificate", "pan_card"]

/** Required document types that have no upload still standing (a rejected upload does not count). */
export function missingKycDocuments(documents: { type: string; status: string }[]): KycDocumentType[] {
  return REQUIRED_KYC_DOCUMENTS.filter((type) => !documents.some((d) => d.type === type && d.status !== "rejected"))
}
