import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { gstinField } from "../validators"

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a period is a month as YYYY-MM, e.g. 2025-06")

export const GetLedgerEntries = createFindParams({ limit: 50, offset: 0, order: "-created_at" }).extend({
  gstin: gstinField.optional(),
  period: period.optional(),
  tax_head: z.enum(["IGST", "CGST", "SGST", "UTGST", "CESS"]).optional(),
  entry_type: z.enum(["output_tax", "credit_note", "tcs", "reversal"]).optional(),
  source_id: z.string().optional(),
})
export type GetLedgerEntriesType = z.infer<typeof GetLedgerEntries>

export const GetLedgerBalances = z
  .object({ gstin: gstinField.optional(), from: period.optional(), to: period.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to" })
export type GetLedgerBalancesType = z.infer<typeof GetLedgerBalances>

export const PostLedgerReverse = z
  .object({ reason: z.string().trim().min(3, "reason is required: say what the reversal corrects") })
  .strict()
export type PostLedgerReverseType = z.infer<typeof PostLedgerReverse>
