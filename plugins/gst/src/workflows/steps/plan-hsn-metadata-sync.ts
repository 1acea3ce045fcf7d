import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { listHsnLinks } from "./hsn-links"
import type { HsnLinkChange } from "./hsn-master-types"

export type HsnMetadataSyncInput = {
  /** Replace an HSN already set on a product when its metadata names another one. Off by default: the admin's choice stands. */
  overwrite?: boolean
}

export type HsnMetadataSyncPlan = {
  create: HsnLinkChange[]
  dismiss: HsnLinkChange[]
  report: {
    products_scanned: number
    products_linked: string[]
    variants_linked: string[]
    unchanged: number
    /** Products whose metadata names a code other than the HSN already set on them (kept unless overwrite). */
    conflicts: { product_handle: string; metadata_hsn_code: string; current_hsn_code: string }[]
    unknown_codes: { code: string; product_handles: string[]; message: string }[]
  }
}

type ProductRow = {
  id: string
  handle: string
  metadata: Record<string, unknown> | null
  variants: { id: string; sku: string | null; title: string; metadata: Record<string, unknown> | null }[]
}

const PAGE = 200

function hsnOf(metadata: Record<string, unknown> | null | undefined): string | null {
  const value = metadata?.hsn_code
  return typeof value === "string" || typeof value === "number" ? String(value).replace(/\s+/g, "") || null : null
}

/**
 * Products imported from elsewhere often carry their HSN in metadata.hsn_code. This plans the links
 * that make it the product's HSN in the master: products by their own metadata, and a variant only
 * when its metadata names a code other than its product's (an override). Codes the master lacks are reported.
 */
export const planHsnMetadataSyncStep = createStep(
  "plan-hsn-metadata-sync",
  async (input: HsnMetadataSyncInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const products: ProductRow[] = []
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "handle", "metadata", "variants.id", "variants.sku", "variants.title", "variants.metadata"],
        pagination: { skip, take: PAGE, order: { id: "ASC" } },
      })
      products.push(...(data as ProductRow[]))
      if (data.length < PAGE) break
    }

    const wanted = new Map<string, { kind: "product" | "variant"; id: string; label: string; code: string }>()
    for (const product of products) {
      const own = hsnOf(product.metadata)
      if (own) wanted.set(product.id, { kind: "product", id: product.id, label: product.handle, code: own })
      for (const variant of product.variants ?? []) {
        const code = hsnOf(variant.metadata)
        if (code && code !== own) {
          wanted.set(variant.id, { kind: "variant", id: variant.id, label: `${product.handle} / ${variant.sku ?? variant.title}`, code })
        }
      }
    }

    const gst: GstModuleService = container.resolve(GST_MODULE)
    const codes = [...new Set([...wanted.values()].map((w) => w.code))]
    const master = codes.length ? await gst.listGstHsnCodes({ code: codes }, { select: ["id", "code"] }) : []
    const idOf = new Map(master.map((m) => [m.code, m.id]))
    const codeOf = new Map(master.map((m) => [m.id, m.code]))
    const targets = [...wanted.values()]
    const current = [
      ...(await listHsnLinks(container, "product", { target_id: targets.filter((t) => t.kind === "product").map((t) => t.id) })),
      ...(await listHsnLinks(container, "variant", { target_id: targets.filter((t) => t.kind === "variant").map((t) => t.id) })),
    ]
    const currentIds = [...new Set(current.map((c) => c.hsn_code_id).filter((id) => !codeOf.has(id)))]
    if (currentIds.length) {
      for (const other of await gst.listGstHsnCodes({ id: currentIds }, { select: ["id", "code"] })) {
        codeOf.set(other.id, other.code)
      }
    }

    const plan: HsnMetadataSyncPlan = {
      create: [],
      dismiss: [],
      report: { products_scanned: products.length, products_linked: [], variants_linked: [], unchanged: 0, conflicts: [], unknown_codes: [] },
    }
    const unknown = new Map<string, string[]>()
    for (const target of targets) {
      const hsnId = idOf.get(target.code)
      if (!hsnId) {
        unknown.set(target.code, [...(unknown.get(target.code) ?? []), target.label])
        continue
      }
      const links = current.filter((c) => c.target === target.kind && c.target_id === target.id)
      if (links.length === 1 && links[0].hsn_code_id === hsnId) {
        plan.report.unchanged++
        continue
      }
      if (links.length && !input.overwrite) {
        plan.report.conflicts.push({
          product_handle: target.label,
          metadata_hsn_code: target.code,
          current_hsn_code: links.map((l) => codeOf.get(l.hsn_code_id) ?? l.hsn_code_id).join(", "),
        })
        continue
      }
      plan.dismiss.push(...links)
      plan.create.push({ target: target.kind, target_id: target.id, hsn_code_id: hsnId })
      plan.report[target.kind === "product" ? "products_linked" : "variants_linked"].push(target.label)
    }
    plan.report.unknown_codes = [...unknown.entries()].map(([code, handles]) => ({
      code,
      product_handles: handles,
      message: `Unknown HSN ${code}: add it under GST → HSN codes first`,
    }))
    return new StepResponse(plan)
  }
)
