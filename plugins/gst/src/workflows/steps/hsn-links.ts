import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { GST_MODULE } from "../../modules/gst"
import type { HsnLinkChange, HsnLinkTarget } from "./hsn-master-types"

// The links of src/links: product ↔ gst_hsn_code and product_variant ↔ gst_hsn_code, read through
// Query from either side (product.gst_hsn_code, gst_hsn_code.products / .product_variants).
const SIDES = {
  product: { entity: "product", key: "product_id", plural: "products" },
  variant: { entity: "product_variant", key: "product_variant_id", plural: "product_variants" },
} as const

type Row = { id: string; gst_hsn_code?: { id: string } | null; products?: { id: string }[]; product_variants?: { id: string }[] }

/** The link rows (target id → HSN code id) of some products or variants, or of some HSN codes. */
export async function listHsnLinks(
  container: MedusaContainer,
  target: HsnLinkTarget,
  filters: { target_id?: string[]; hsn_code_id?: string[] }
): Promise<HsnLinkChange[]> {
  const side = SIDES[target]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (filters.target_id) {
    if (!filters.target_id.length) return []
    const { data } = await query.graph({ entity: side.entity, fields: ["id", "gst_hsn_code.id"], filters: { id: filters.target_id } })
    return (data as Row[])
      .filter((row) => row.gst_hsn_code?.id)
      .map((row) => ({ target, target_id: row.id, hsn_code_id: row.gst_hsn_code!.id }))
  }
  if (!filters.hsn_code_id?.length) return []
  const { data } = await query.graph({
    entity: "gst_hsn_code",
    fields: ["id", `${side.plural}.id`],
    filters: { id: filters.hsn_code_id },
  })
  return (data as Row[]).flatMap((hsn) =>
    (hsn[side.plural] ?? []).filter(Boolean).map((linked) => ({ target, target_id: linked.id, hsn_code_id: hsn.id }))
  )
}

/** The shape Medusa's Link takes (createRemoteLinkStep / dismissRemoteLinkStep) for one link row. */
export function toLinkDefinition(change: HsnLinkChange) {
  return {
    [Modules.PRODUCT]: { [SIDES[change.target].key]: change.target_id },
    [GST_MODULE]: { gst_hsn_code_id: change.hsn_code_id },
  }
}
