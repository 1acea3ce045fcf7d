import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { currentPeriod, isFuturePeriod } from "../../../../modules/gst/returns/rules"
import { gstinField } from "../validators"

/** GSTR-1 and GSTR-3B; GSTR-8 (TCS) is not prepared here. */
const returnType = z.enum(["GSTR1", "GSTR3B"])

/** A return period, YYYY-MM, from GST's start (July 2017) up to the current month in India. */
const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period must be a month as YYYY-MM, e.g. 2024-08")
  .superRefine((value, ctx) => {
    if (value < "2017-07") {
      ctx.addIssue({ code: "custom", message: "GST returns start from the July 2017 period" })
    } else if (isFuturePeriod(value)) {
      ctx.addIssue({ code: "custom", message: `period ${value} is in the future: returns are prepared for ${currentPeriod()} or earlier` })
    }
  })

export const ReturnTarget = z.object({ return_type: returnType, gstin: gstinField, period }).strict()
export type ReturnTargetType = z.infer<typeof ReturnTarget>

export const PostGstReturn = ReturnTarget
export type PostGstReturnType = ReturnTargetType

export const GetGstReturnPreview = ReturnTarget
export type GetGstReturnPreviewType = ReturnTargetType

export const GetGstReturns = createFindParams({ limit: 20, offset: 0 }).extend({
  gstin: z.string().optional(),
  period: z.string().optional(),
  return_type: returnType.optional(),
})
export type GetGstReturnsType = z.infer<typeof GetGstReturns>

export const GetGstReturnDownload = z
  .object({
    format: z.enum(["json", "csv"]).default("json"),
    section: z.string().optional(),
  })
  .strict()
export type GetGstReturnDownloadType = z.infer<typeof GetGstReturnDownload>
