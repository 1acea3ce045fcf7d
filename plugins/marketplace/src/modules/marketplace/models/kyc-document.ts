import { model } from "@medusajs/framework/utils"
import { KYC_DOCUMENT_TYPES, KYC_DOCUMENT_STATUSES } from "../constants"
import Distributor from "./distributor"

/** A KYC document uploaded through Medusa's file module; the row keeps the file's id and URL. */
const KycDocument = model
  .define("kyc_document", {
    id: model.id({ prefix: "kyc" }).primaryKey(),
    distributor: model.belongsTo(() => Distributor, { mappedBy: "kyc_documents" }),
    type: model.enum([...KYC_DOCUMENT_TYPES]),
    file_id: model.text(),
    file_url: model.text(),
    filename: model.text().nullable(),
    mime_type: model.text().nullable(),
    status: model.enum([...KYC_DOCUMENT_STATUSES]).default("pending"),
    uploaded_by: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["distributor_id", "type"] }, { on: ["status"] }])

export default KycDocument
