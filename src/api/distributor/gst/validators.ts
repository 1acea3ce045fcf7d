import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const GetDistributorTaxDocuments = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  order_id: z.string().optional(),
  document_type: z.enum(["invoice", "credit_note"]).optional(),
})
export type GetDistributorTaxDocumentsType = z.infer<typeof GetDistributorTaxDocuments>
