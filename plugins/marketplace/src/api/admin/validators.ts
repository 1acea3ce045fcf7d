import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { COMMISSION_SCOPES, GSTIN_STATUSES } from "../../modules/marketplace/constants"
import { listingStatusFilter, statusFilter } from "../utils/fields"

export const GetAdminDistributors = createFindParams({ limit: 20, offset: 0 }).extend({
  status: z.union([statusFilter, z.array(statusFilter)]).optional(),
  q: z.string().trim().optional(),
})
export type GetAdminDistributorsType = z.infer<typeof GetAdminDistributors>

export const PostAdminDistributorStatus = z
  .object({ status: statusFilter, reason: z.string().trim().nullish() })
  .strict()
export type PostAdminDistributorStatusType = z.infer<typeof PostAdminDistributorStatus>

export const PostAdminDistributorGstinStatus = z
  .object({ gstin_status: z.enum([...GSTIN_STATUSES]), reason: z.string().trim().nullish() })
  .strict()
export type PostAdminDistributorGstinStatusType = z.infer<typeof PostAdminDistributorGstinStatus>

export const GetAdminKycDocuments = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.enum(["pending", "approved", "rejected"]).optional(),
  distributor_id: z.string().optional(),
})
export type GetAdminKycDocumentsType = z.infer<typeof GetAdminKycDocuments>

export const PostAdminKycReview = z
  .object({ status: z.enum(["approved", "rejected"]), reason: z.string().trim().nullish() })
  .strict()
export type PostAdminKycReviewType = z.infer<typeof PostAdminKycReview>

export const GetAdminListings = createFindParams({ limit: 50, offset: 0 }).extend({
  status: listingStatusFilter.optional(),
  distributor_id: z.string().optional(),
  q: z.string().trim().optional(),
})
export type GetAdminListingsType = z.infer<typeof GetAdminListings>

export const PostAdminListingReview = z
  .object({
    status: z.enum(["approved", "rejected"]),
    reason: z.string().trim().nullish(),
    variant_id: z.string().nullish(),
  })
  .strict()
export type PostAdminListingReviewType = z.infer<typeof PostAdminListingReview>

const decimal = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\d+(\.\d{1,4})?$/.test(value), "value must be a non-negative decimal, e.g. 12.5")

const date = z.coerce.date()

const commissionRuleFields = {
  name: z.string().trim().nullish(),
  scope: z.enum([...COMMISSION_SCOPES]),
  scope_id: z.string().trim().min(1).nullish(),
  type: z.enum(["percent", "flat"]),
  value: decimal,
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
  effective_from: date,
  effective_to: date.nullish(),
  priority: z.number().int().optional(),
  is_active: z.boolean().optional(),
}

type RuleShape = {
  scope?: string
  scope_id?: string | null
  type?: string
  value?: string
  effective_from?: Date
  effective_to?: Date | null
}

/** Cross-field rules of a commission rule, checked on create and on the merged rule after an update. */
export function commissionRuleProblems(rule: RuleShape): string[] {
  const problems: string[] = []
  if (rule.scope === "default" && rule.scope_id) {
    problems.push("scope_id: a default rule applies to everything; leave scope_id empty")
  }
  if (rule.scope && rule.scope !== "default" && !rule.scope_id) {
    problems.push(`scope_id: a ${rule.scope} rule needs the ${rule.scope}'s id`)
  }
  if (rule.type === "percent" && rule.value !== undefined && Number(rule.value) > 100) {
    problems.push(`value: a percent commission cannot exceed 100, got ${rule.value}`)
  }
  if (rule.type === "flat" && rule.value !== undefined && !/^\d+(\.\d{1,2})?$/.test(rule.value)) {
    problems.push("value: a flat commission is rupees per unit with up to two decimals, e.g. 15.50")
  }
  if (rule.effective_from && rule.effective_to && rule.effective_to <= rule.effective_from) {
    problems.push("effective_to: must be after effective_from")
  }
  return problems
}

export const PostAdminCommissionRule = z
  .object(commissionRuleFields)
  .strict()
  .superRefine((rule, ctx) => {
    for (const message of commissionRuleProblems(rule)) {
      ctx.addIssue({ code: "custom", message })
    }
  })
export type PostAdminCommissionRuleType = z.infer<typeof PostAdminCommissionRule>

export const PostAdminCommissionRuleUpdate = z
  .object({
    name: commissionRuleFields.name,
    type: commissionRuleFields.type.optional(),
    value: decimal.optional(),
    effective_from: date.optional(),
    effective_to: date.nullish(),
    priority: z.number().int().optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
export type PostAdminCommissionRuleUpdateType = z.infer<typeof PostAdminCommissionRuleUpdate>

export const GetAdminCommissionRules = createFindParams({ limit: 50, offset: 0 }).extend({
  scope: z.enum([...COMMISSION_SCOPES]).optional(),
  scope_id: z.string().optional(),
})
export type GetAdminCommissionRulesType = z.infer<typeof GetAdminCommissionRules>

export const PostAdminCommissionResolve = z
  .object({
    distributor_id: z.string().min(1),
    product_id: z.string().min(1).nullish(),
    quantity: z.number().int().positive(),
    /** The line's value in rupees, e.g. "1280.00". */
    amount: z
      .union([z.string(), z.number()])
      .transform((value) => String(value).trim())
      .refine((value) => /^\d+(\.\d{1,2})?$/.test(value), "amount: rupees with up to two decimals, e.g. 1280.00"),
    at: date.optional(),
  })
  .strict()
export type PostAdminCommissionResolveType = z.infer<typeof PostAdminCommissionResolve>
