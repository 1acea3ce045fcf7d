import { z } from "@medusajs/framework/zod"

const optionalDate = (field: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined
      const parsed = new Date(value)
      if (Number.isNaN(parsed.getTime())) {
        ctx.addIssue({ code: "custom", message: `${field} must be a date, e.g. 2025-03-01` })
        return z.NEVER
      }
      return parsed
    })

/** from (inclusive) and to (exclusive) bound the orders counted; json by default, csv to download. */
export const DashboardQuery = z.object({
  from: optionalDate("from"),
  to: optionalDate("to"),
  format: z.enum(["json", "csv"]).default("json"),
})
export type DashboardQueryType = z.infer<typeof DashboardQuery>
