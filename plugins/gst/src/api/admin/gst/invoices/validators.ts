import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { gstinField } from "../validators"

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period is a month as YYYY-MM, e.g. 2025-06")

export const GetTaxDocuments = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  document_type: z.enum(["invoice", "credit_note", "commission_invoice"]).optional(),
  supplier_gstin: gstinField.optional(),
  period: period.optional(),
  order_id: z.string().optional(),
  status: z.enum(["issued", "cancelled"]).optional(),
  /** Part of the document number, e.g. "000012" or "INV/2526". */
  q: z.string().trim().min(1).optional(),
})
export type GetTaxDocumentsType = z.infer<typeof GetTaxDocuments>

export const PostTaxInvoice = z.object({ order_id: z.string().min(1, "order_id is required") }).strict()
export type PostTaxInvoiceType = z.infer<typeof PostTaxInvoice>

const amount = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\d+(\.\d{1,2})?$/.test(value), "amount is a positive sum with at most two decimals, e.g. \"150.00\"")
  .refine((value) => Number(value) > 0, "amount must be more than zero")

export const PostCreditNote = z
  .object({
    reason: z.string().trim().min(1, "reason is required: say why the value is reduced (CGST Act s.34)"),
    lines: z
      .array(
        z
          .object({
            line_id: z.string().min(1),
            quantity: z.number().int().positive().optional(),
            amount: amount.optional(),
          })
          .strict()
          .refine((line) => (line.quantity === undefined) !== (line.amount === undefined), {
            message: "give either a quantity (goods returned) or an amount (value reduced, GST included) for each line",
          })
      )
      .min(1, "lines must name at least one invoice line to credit"),
  })
  .strict()
export type PostCreditNoteType = z.infer<typeof PostCreditNote>

export const GetMissingInvoices = createFindParams({ limit: 20, offset: 0 })
export type GetMissingInvoicesType = z.infer<typeof GetMissingInvoices>
