import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { resolveState, validateGstin } from "../../../lib"

/** A GSTIN, trimmed and upper-cased, rejected with the exact reason when malformed. */
export const gstinField = z.string().transform((value, ctx) => {
  const result = validateGstin(value)
  if (!result.valid) {
    ctx.addIssue({ code: "custom", message: `Invalid GSTIN "${value}": ${result.reason}` })
    return z.NEVER
  }
  return result.gstin
})

export const PostGstinValidate = z.object({ gstin: z.string() }).strict()
export type PostGstinValidateType = z.infer<typeof PostGstinValidate>

const postalCode = z.string().regex(/^[1-9][0-9]{5}$/, "postal_code must be a 6-digit Indian PIN code")

export const PostGstRegistration = z
  .object({
    gstin: gstinField,
    legal_name: z.string().trim().min(1, "legal_name is required"),
    trade_name: z.string().trim().min(1).nullish(),
    address_line_1: z.string().trim().min(1, "address_line_1 is required"),
    address_line_2: z.string().trim().nullish(),
    city: z.string().trim().min(1, "city is required"),
    postal_code: postalCode,
    is_default: z.boolean().optional(),
  })
  .strict()
export type PostGstRegistrationType = z.infer<typeof PostGstRegistration>

export const PostGstRegistrationUpdate = z
  .object({
    legal_name: z.string().trim().min(1).optional(),
    trade_name: z.string().trim().min(1).nullish(),
    address_line_1: z.string().trim().min(1).optional(),
    address_line_2: z.string().trim().nullish(),
    city: z.string().trim().min(1).optional(),
    postal_code: postalCode.optional(),
    is_default: z.boolean().optional(),
    status: z.enum(["active", "suspended"]).optional(),
  })
  .strict()
export type PostGstRegistrationUpdateType = z.infer<typeof PostGstRegistrationUpdate>

export const GetGstRegistrations = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  state_code: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) {
        return undefined
      }
      const state = resolveState(value)
      if (!state) {
        ctx.addIssue({ code: "custom", message: `Unknown state "${value}"` })
        return z.NEVER
      }
      return state.code
    }),
  status: z.enum(["active", "suspended"]).optional(),
})
export type GetGstRegistrationsType = z.infer<typeof GetGstRegistrations>

const stockLocationIds = z.array(z.string().trim().min(1, "a stock location id is empty")).max(100, "at most 100 stock locations at once")

/** Locations to put under a registration, or take off it. */
export const PostRegistrationStockLocations = z
  .object({ add: stockLocationIds.default([]), remove: stockLocationIds.default([]) })
  .strict()
  .refine((body) => body.add.length + body.remove.length > 0, { message: "Give stock location ids in add or remove" })
export type PostRegistrationStockLocationsType = z.infer<typeof PostRegistrationStockLocations>

/** The one registration a location supplies under; null unlinks it (the default registration then applies). */
export const PostStockLocationGstRegistration = z
  .object({ gst_registration_id: z.string().trim().min(1, "gst_registration_id is empty").nullable() })
  .strict()
export type PostStockLocationGstRegistrationType = z.infer<typeof PostStockLocationGstRegistration>
