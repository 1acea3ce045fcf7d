import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const date = (field: string) =>
  z.union([z.string(), z.date()]).transform((value, ctx) => {
    const parsed = new Date(value)
    if (Number.isNaN(parsed.getTime())) {
      ctx.addIssue({ code: "custom", message: `${field} must be a date, e.g. 2025-03-01 or 2025-02-28T18:30:00Z` })
      return z.NEVER
    }
    return parsed
  })

export const AdminCloseSettlements = z
  .object({
    distributor_id: z.string().trim().min(1).nullish(),
    period_start: date("period_start"),
    period_end: date("period_end"),
  })
  .strict()
  .refine((v) => v.period_start < v.period_end, { message: "period_start must be before period_end", path: ["period_start"] })
export type AdminCloseSettlementsType = z.infer<typeof AdminCloseSettlements>

export const AdminGetSettlements = createFindParams({ limit: 20, offset: 0, order: "-period_start" }).extend({
  distributor_id: z.string().optional(),
  status: z.enum(["open", "closed", "paid", "cancelled"]).optional(),
})
export type AdminGetSettlementsType = z.infer<typeof AdminGetSettlements>

/** Rupees as text or a number, kept as text so no float ever touches the amount. */
const rupees = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\d+(\.\d{1,2})?$/.test(value), { message: "amount must be rupees with up to two decimals, e.g. 1180.50" })

export const AdminPostPayout = z
  .object({
    reference: z.string().trim().min(4, "reference must be the bank's transfer reference (UTR), at least 4 characters"),
    amount: rupees,
    paid_at: date("paid_at"),
    method: z.enum(["neft", "rtgs", "imps", "upi", "other"]).optional(),
  })
  .strict()
export type AdminPostPayoutType = z.infer<typeof AdminPostPayout>

export const StatementQuery = z.object({ format: z.enum(["csv", "pdf"]).default("csv") })
export type StatementQueryType = z.infer<typeof StatementQuery>
