import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import ProductHsnCodeLink from "../../links/product-hsn-code"
import VariantHsnCodeLink from "../../links/variant-hsn-code"
import { GST_MODULE } from "../../modules/gst"
import type { HsnLinkChange, HsnLinkTarget } from "./hsn-master-types"

const LINKS = {
  product: { entryPoint: ProductHsnCodeLink.entryPoint, key: "product_id" },
  variant: { entryPoint: VariantHsnCodeLink.entryPoint, key: "product_variant_id" },
} as const

/** The link rows (target id → HSN code id) for some products or variants, or for some HSN codes. */
export async function listHsnLinks(
  container: MedusaContainer,
  target: HsnLinkTarget,
  filters: { target_id?: string[]; hsn_code_id?: string[] }
): Promise<HsnLinkChange[]> {
  const { entryPoint, key } = LINKS[target]
  const where: Record<string, string[]> = {}
  if (filters.target_id) {
    if (!filters.target_id.length) return []
    where[key] = filters.target_id
  }
  if (filters.hsn_code_id) {
    if (!filters.hsn_code_id.length) return []
    where.gst_hsn_code_id = filters.hsn_code_id
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: entryPoint, fields: [key, "gst_hsn_code_id"], filters: where })
  return (data as Record<string, string>[]).map((row) => ({
    target,
    target_id: row[key],
    hsn_code_id: row.gst_hsn_code_id,
  }))
}

/** The shape Medusa's Link takes (createRemoteLinkStep / dismissRemoteLinkStep) for one link row. */
export function toLinkDefinition(change: HsnLinkChange) {
  return {
    [Modules.PRODUCT]: { [LINKS[change.target].key]: change.target_id },
    [GST_MODULE]: { gst_hsn_code_id: change.hsn_code_id },
  }
}
