import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  cessRateError,
  effectiveDateError,
  hsnCodeError,
  HsnKind,
  normalizePercent,
  slabRateError,
  uqcError,
} from "../../../../lib"

const percentText = z.union([z.string(), z.number()]).transform((value) => String(value).trim())

/** A dated rate; the slab check needs its date, so it runs on the whole object. */
export const HsnRateBody = z
  .object({
    effective_from: z.string().trim(),
    rate: percentText,
    cess_rate: percentText.optional(),
    notification: z.string().trim().nullish(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const dateProblem = effectiveDateError(value.effective_from)
    if (dateProblem) {
      ctx.addIssue({ code: "custom", path: ["effective_from"], message: dateProblem })
      return
    }
    const rateProblem = slabRateError(value.rate, value.effective_from)
    if (rateProblem) {
      ctx.addIssue({ code: "custom", path: ["rate"], message: rateProblem })
    }
    const cessProblem = value.cess_rate === undefined ? null : cessRateError(value.cess_rate)
    if (cessProblem) {
      ctx.addIssue({ code: "custom", path: ["cess_rate"], message: cessProblem })
    }
  })
  .transform((value) => ({
    effective_from: value.effective_from,
    rate: normalizePercent(value.rate),
    cess_rate: normalizePercent(value.cess_rate ?? "0"),
    notification: value.notification || null,
  }))
export type HsnRateBodyType = z.infer<typeof HsnRateBody>

export const PostHsnCode = z
  .object({
    code: z.string().transform((code) => code.replace(/\s+/g, "")),
    kind: z.enum(["goods", "services"]).optional(),
    description: z.string().trim().min(1, "description is required"),
    uqc: z
      .string()
      .trim()
      .transform((uqc) => uqc.toUpperCase())
      .optional(),
    rates: z.array(HsnRateBody).min(1, "give at least one rate with the date it takes effect"),
  })
  .strict()
  .transform((value, ctx) => {
    const kind: HsnKind = value.kind ?? (value.code.startsWith("99") ? "services" : "goods")
    const uqc = value.uqc ?? (kind === "services" ? "NA" : "")
    const codeProblem = hsnCodeError(value.code, kind)
    if (codeProblem) {
      ctx.addIssue({ code: "custom", path: ["code"], message: codeProblem })
    }
    const uqcProblem = uqc ? uqcError(uqc, kind) : "uqc is required for goods (e.g. KGS, NOS, BOX)"
    if (uqcProblem) {
      ctx.addIssue({ code: "custom", path: ["uqc"], message: uqcProblem })
    }
    const seen = new Set<string>()
    for (const rate of value.rates) {
      if (seen.has(rate.effective_from)) {
        ctx.addIssue({
          code: "custom",
          path: ["rates"],
          message: `Two rates take effect on ${rate.effective_from}: give one rate per date`,
        })
      }
      seen.add(rate.effective_from)
    }
    return { ...value, kind, uqc }
  })
export type PostHsnCodeType = z.infer<typeof PostHsnCode>

export const PostHsnCodeUpdate = z
  .object({
    description: z.string().trim().min(1, "description cannot be empty").optional(),
    uqc: z
      .string()
      .trim()
      .transform((uqc) => uqc.toUpperCase())
      .optional(),
  })
  .strict()
export type PostHsnCodeUpdateType = z.infer<typeof PostHsnCodeUpdate>

export const PostHsnLinks = z
  .object({
    add: z.array(z.string().min(1)).default([]),
    remove: z.array(z.string().min(1)).default([]),
  })
  .strict()
export type PostHsnLinksType = z.infer<typeof PostHsnLinks>

const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"])])
  .optional()
  .transform((value) => value === true || value === "true" || value === "1")

export const PostHsnImport = z
  .object({
    csv: z.string({ error: "send the CSV as a file (multipart field \"file\") or as text in \"csv\"" }),
    dry_run: flag,
  })
  .strict()
export type PostHsnImportType = z.infer<typeof PostHsnImport>

export const PostHsnSync = z.object({ overwrite: flag }).strict()
export type PostHsnSyncType = z.infer<typeof PostHsnSync>

export const GetHsnCodes = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().trim().optional(),
  kind: z.enum(["goods", "services"]).optional(),
  code: z.union([z.string(), z.array(z.string())]).optional(),
})
export type GetHsnCodesType = z.infer<typeof GetHsnCodes>
