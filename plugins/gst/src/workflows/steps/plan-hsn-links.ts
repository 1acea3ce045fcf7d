import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { listHsnLinks } from "./hsn-links"
import type { HsnLinkChange, HsnLinkTarget } from "./hsn-master-types"

export type PlanHsnLinksInput = {
  /** The HSN code's id, or the code itself ("21069099"). */
  hsn: string
  target: HsnLinkTarget
  add: string[]
  remove: string[]
}

export type HsnLinksPlan = {
  hsn_code: { id: string; code: string }
  create: HsnLinkChange[]
  dismiss: HsnLinkChange[]
  unchanged: string[]
}

/** An HSN code by id or code, or the error that sends the merchant to the master first. */
export async function resolveHsnCode(gst: GstModuleService, hsn: string) {
  const [found] = await gst.listGstHsnCodes(hsn.startsWith("hsn_") ? { id: hsn } : { code: hsn.replace(/\s+/g, "") }, {
    select: ["id", "code"],
  })
  if (!found) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown HSN ${hsn}: add it under GST → HSN codes first`)
  }
  return { id: found.id, code: found.code }
}

/**
 * Works out the link rows to write so that each product (or variant) in `add` is under this HSN only
 * (a product has one HSN; its old one is unlinked) and each in `remove` is no longer under it.
 */
export const planHsnLinksStep = createStep("plan-hsn-links", async (input: PlanHsnLinksInput, { container }) => {
  const gst: GstModuleService = container.resolve(GST_MODULE)
  const hsn = await resolveHsnCode(gst, input.hsn)
  const overlap = input.add.filter((id) => input.remove.includes(id))
  if (overlap.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${overlap.join(", ")} is both in add and in remove`)
  }

  const ids = [...new Set([...input.add, ...input.remove])]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = ids.length
    ? await query.graph({ entity: input.target === "product" ? "product" : "product_variant", fields: ["id"], filters: { id: ids } })
    : { data: [] as { id: string }[] }
  const known = new Set(found.map((f: { id: string }) => f.id))
  const unknown = ids.filter((id) => !known.has(id))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown ${input.target} ${unknown.join(", ")}`)
  }

  const links = await listHsnLinks(container, input.target, { target_id: ids })
  const plan: HsnLinksPlan = { hsn_code: hsn, create: [], dismiss: [], unchanged: [] }
  for (const id of new Set(input.add)) {
    const current = links.filter((l) => l.target_id === id)
    if (current.length === 1 && current[0].hsn_code_id === hsn.id) {
      plan.unchanged.push(id)
      continue
    }
    plan.dismiss.push(...current)
    plan.create.push({ target: input.target, target_id: id, hsn_code_id: hsn.id })
  }
  for (const id of new Set(input.remove)) {
    const current = links.filter((l) => l.target_id === id && l.hsn_code_id === hsn.id)
    if (current.length) {
      plan.dismiss.push(...current)
    } else {
      plan.unchanged.push(id)
    }
  }
  return new StepResponse(plan)
})
