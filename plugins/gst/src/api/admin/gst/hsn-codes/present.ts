import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { istDate, normalizePercent, rateOn } from "../../../../lib"

type RateRow = {
  id: string
  effective_from: string
  rate: unknown
  raw_rate?: { value?: unknown } | null
  cess_rate: unknown
  raw_cess_rate?: { value?: unknown } | null
  notification: string | null
}

type HsnRow = {
  id: string
  code: string
  description: string
  uqc: string
  kind: "goods" | "services"
  created_at: string
  updated_at: string
  rates?: RateRow[]
}

/** A stored percent as its exact decimal string: the raw BigNumber value, never the float column. */
function percent(raw: { value?: unknown } | null | undefined, fallback: unknown): string {
  return normalizePercent(String(raw?.value ?? fallback ?? "0"))
}

export function presentRate(rate: RateRow) {
  return {
    id: rate.id,
    effective_from: rate.effective_from,
    rate: percent(rate.raw_rate, rate.rate),
    cess_rate: percent(rate.raw_cess_rate, rate.cess_rate),
    notification: rate.notification,
  }
}

/** An HSN code with the rate in force today in India (IST), and its dated rates newest first when asked. */
export function presentHsnCode(hsn: HsnRow, options: { history: boolean; today?: string }) {
  const rates = (hsn.rates ?? []).map(presentRate).sort((a, b) => b.effective_from.localeCompare(a.effective_from))
  const today = options.today ?? istDate(new Date())
  const inForce = rateOn(rates, today)
  const current = inForce ? rates.find((r) => r.effective_from === inForce.effective_from)! : null
  return {
    id: hsn.id,
    code: hsn.code,
    description: hsn.description,
    uqc: hsn.uqc,
    kind: hsn.kind,
    current_rate: current,
    ...(options.history ? { rates } : {}),
    created_at: hsn.created_at,
    updated_at: hsn.updated_at,
  }
}

export const HSN_FIELDS = [
  "id",
  "code",
  "description",
  "uqc",
  "kind",
  "created_at",
  "updated_at",
  "rates.id",
  "rates.effective_from",
  "rates.rate",
  "rates.raw_rate",
  "rates.cess_rate",
  "rates.raw_cess_rate",
  "rates.notification",
]

/** One HSN code with its rate history and what is classified under it. */
export async function retrieveHsnCode(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [hsn],
  } = await query.graph({
    entity: "gst_hsn_code",
    fields: [...HSN_FIELDS, "products.id", "products.title", "products.handle", "product_variants.id", "product_variants.title", "product_variants.sku", "product_variants.product_id"],
    filters: { id },
  })
  if (!hsn) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `HSN code ${id} was not found`)
  }
  const row = hsn as HsnRow & {
    products?: { id: string; title: string; handle: string }[]
    product_variants?: { id: string; title: string; sku: string | null; product_id: string }[]
  }
  return {
    ...presentHsnCode(row, { history: true }),
    products: (row.products ?? []).filter(Boolean).map(({ id, title, handle }) => ({ id, title, handle })),
    variants: (row.product_variants ?? []).filter(Boolean).map(({ id, title, sku, product_id }) => ({ id, title, sku, product_id })),
  }
}

/**
 * Medusa's error handler answers every CONFLICT with a generic retry message; the master's conflicts
 * (code already there, code still in use) carry what the merchant must do, so they are sent as they are.
 */
export async function answeringConflicts(res: MedusaResponse, action: () => Promise<void>) {
  try {
    await action()
  } catch (e) {
    // A workflow rethrows its step's error as a plain object, so it is recognised by its type, not its class.
    const error = e as { type?: string; message?: string } | null
    if (error?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: error.message })
      return
    }
    throw e
  }
}
