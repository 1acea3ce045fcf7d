import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const GetStoreTaxDocuments = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  order_id: z.string().optional(),
})
export type GetStoreTaxDocumentsType = z.infer<typeof GetStoreTaxDocuments>
