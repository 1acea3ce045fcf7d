import { z } from "@medusajs/framework/zod"
import { currentPeriod, isFuturePeriod } from "../../../../modules/gst/returns/rules"
import { gstinField } from "../validators"

/** A GSTR-8 period, YYYY-MM: TCS under s.52 applies from October 2018 (Notification 51/2018-Central Tax). */
const period = z
  .string({ message: "period is required, as YYYY-MM, e.g. 2024-07" })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period must be a month as YYYY-MM, e.g. 2024-07")
  .superRefine((value, ctx) => {
    if (value < "2018-10") {
      ctx.addIssue({ code: "custom", message: "TCS under CGST Act s.52 applies from the October 2018 period" })
    } else if (isFuturePeriod(value)) {
      ctx.addIssue({ code: "custom", message: `period ${value} is in the future: GSTR-8 is prepared for ${currentPeriod()} or earlier` })
    }
  })

/** `gstin` defaults to the store's default GST registration. */
export const Gstr8Target = z.object({ period, gstin: gstinField.optional() }).strict()
export type Gstr8TargetType = z.infer<typeof Gstr8Target>

export const GetGstr8Download = Gstr8Target.extend({ format: z.enum(["json", "csv"]).default("json") }).strict()
export type GetGstr8DownloadType = z.infer<typeof GetGstr8Download>

export const PostGstr8File = Gstr8Target.extend({ arn: z.string().trim().min(1).max(40).optional() }).strict()
export type PostGstr8FileType = z.infer<typeof PostGstr8File>
