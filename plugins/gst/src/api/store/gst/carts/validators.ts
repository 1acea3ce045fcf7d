import { z } from "@medusajs/framework/zod"
import { gstinField } from "../../../admin/gst/validators"

export const PostCartBuyer = z
  .object({
    /** The buyer's GSTIN for a B2B invoice; null removes it. */
    gstin: gstinField.nullable(),
    /** The buyer is an SEZ unit or developer: the supply is zero-rated (IGST Act s.16(1)(b)). */
    sez: z.boolean().optional(),
  })
  .strict()
  .refine((body) => !body.sez || body.gstin, {
    message: "sez: a supply to an SEZ unit or developer needs its GSTIN",
    path: ["sez"],
  })
export type PostCartBuyerType = z.infer<typeof PostCartBuyer>
