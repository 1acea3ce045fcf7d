import { validateGstin, validatePan, resolveState } from "@haat/india"
import { z } from "@medusajs/framework/zod"
import { DISTRIBUTOR_STATUSES, KYC_DOCUMENT_TYPES, LISTING_STATUSES } from "../../modules/marketplace/constants"

/** A GSTIN, trimmed and upper-cased, refused with the exact reason (format, state code, check character). */
export const gstinField = z.string().transform((value, ctx) => {
  const result = validateGstin(value)
  if (!result.valid) {
    ctx.addIssue({ code: "custom", message: `Invalid GSTIN "${value}": ${result.reason}` })
    return z.NEVER
  }
  return result.gstin
})

export const panField = z.string().transform((value, ctx) => {
  const result = validatePan(value)
  if (!result.valid) {
    ctx.addIssue({ code: "custom", message: `Invalid PAN "${value}": ${result.reason}` })
    return z.NEVER
  }
  return result.pan
})

/** A State or Union territory by name, GST code or ISO code, stored as its two-digit GST state code. */
export const stateField = z.string().transform((value, ctx) => {
  const state = resolveState(value)
  if (!state) {
    ctx.addIssue({ code: "custom", message: `Unknown Indian State "${value}": use its name, GST code (24) or ISO code (IN-GJ)` })
    return z.NEVER
  }
  return state.code
})

export const pinCode = z.string().trim().regex(/^[1-9][0-9]{5}$/, "postal_code must be a 6-digit Indian PIN code")

export const addressField = z
  .object({
    type: z.enum(["registered", "pickup", "billing"]).default("registered"),
    address_1: z.string().trim().min(1, "address_1 is required"),
    address_2: z.string().trim().nullish(),
    city: z.string().trim().min(1, "city is required"),
    state: stateField,
    postal_code: pinCode,
    phone: z.string().trim().nullish(),
  })
  .strict()
export type DistributorAddress = z.infer<typeof addressField>

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug: lower-case letters, digits and single hyphens, e.g. shah-traders")
  .max(60)

export { slug as slugField }

export const statusFilter = z.enum([...DISTRIBUTOR_STATUSES])
export const listingStatusFilter = z.enum([...LISTING_STATUSES])
export const kycType = z.enum([...KYC_DOCUMENT_TYPES])

/** Rupees as text or a number, kept as text so no float ever touches the amount. */
export const rupees = z.union([z.string(), z.number()]).transform((value) => String(value).trim())
