import { BigNumber } from "@medusajs/framework/utils"
import type { HsnKind } from "../../lib"

/** A dated rate as the master stores it; percents are decimal strings ("18", "0.25"). */
export type HsnRateInput = {
  effective_from: string
  rate: string
  cess_rate: string
  notification: string | null
}

export type HsnCodeInput = {
  code: string
  kind: HsnKind
  description: string
  uqc: string
  rates: HsnRateInput[]
}

export type HsnCodeUpdate = { id: string; description?: string; uqc?: string }

export type HsnRateCreate = HsnRateInput & { hsn_code_id: string }

export type HsnRateUpdate = { id: string; rate: string; cess_rate: string; notification: string | null }

/** What a link row joins: a product or a variant, and an HSN code. */
export type HsnLinkTarget = "product" | "variant"

export type HsnLinkChange = { target: HsnLinkTarget; target_id: string; hsn_code_id: string }

/**
 * A percent for a model.bigNumber() column. The generated service types the input as number, but the
 * column takes a BigNumber and stores its exact decimal in raw_*; going through a float would not.
 */
export function exactPercent(value: string): number {
  return new BigNumber(value) as unknown as number
}
