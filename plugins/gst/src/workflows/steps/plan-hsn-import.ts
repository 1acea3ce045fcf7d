import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkHsnRows, HsnImportError, HsnImportRow, readHsnCsv } from "../../csv/hsn-import"
import { normalizePercent } from "../../lib"
import { GST_MODULE, GstModuleService } from "../../modules/gst"
import { listHsnLinks } from "./hsn-links"
import type { HsnCodeInput, HsnCodeUpdate, HsnLinkChange, HsnRateCreate, HsnRateUpdate } from "./hsn-master-types"

export type HsnImportChange = {
  row: number
  action: "create_code" | "update_code" | "add_rate" | "update_rate" | "link_product"
  code: string
  detail: string
}

export type HsnImportPlan = {
  errors: HsnImportError[]
  changes: HsnImportChange[]
  summary: {
    codes_created: number
    codes_updated: number
    rates_created: number
    rates_updated: number
    products_linked: number
    rows: number
  }
  create_codes: HsnCodeInput[]
  update_codes: HsnCodeUpdate[]
  create_rates: HsnRateCreate[]
  update_rates: HsnRateUpdate[]
  /** Product links to make; `hsn_code_id` is null for a code this import creates. */
  link_products: { product_id: string; code: string; hsn_code_id: string | null }[]
  /** Links of those products to the HSN code they had before. */
  unlink_products: HsnLinkChange[]
}

export type PlanHsnImportInput = {
  csv?: string
  rows?: HsnImportRow[]
  /** Only add codes and dated rates the master lacks; leave existing ones as they are (the boot seed). */
  only_missing?: boolean
}

function rawPercent(raw: unknown, fallback: unknown): string {
  const value = raw && typeof raw === "object" && "value" in raw ? (raw as { value: unknown }).value : fallback
  return normalizePercent(String(value ?? "0"))
}

/**
 * Reads and checks every row, then compares the file with the master: what to create, what to
 * change, and what is already so (a second import of the same file plans nothing). Writes nothing.
 */
export const planHsnImportStep = createStep("plan-hsn-import", async (input: PlanHsnImportInput, { container }) => {
  const read = input.csv !== undefined ? readHsnCsv(input.csv) : { rows: input.rows ?? [], errors: [] }
  const checked = checkHsnRows(read.rows)
  const errors = [...read.errors, ...checked.errors]
  const plan: HsnImportPlan = {
    errors,
    changes: [],
    summary: { codes_created: 0, codes_updated: 0, rates_created: 0, rates_updated: 0, products_linked: 0, rows: read.rows.length },
    create_codes: [],
    update_codes: [],
    create_rates: [],
    update_rates: [],
    link_products: [],
    unlink_products: [],
  }

  const gst: GstModuleService = container.resolve(GST_MODULE)
  const codes = checked.entries.map((e) => e.code)
  const existing = codes.length ? await gst.listGstHsnCodes({ code: codes }, { relations: ["rates"] }) : []
  const existingByCode = new Map(existing.map((c) => [c.code, c]))

  const handles = checked.entries.flatMap((e) => e.product_handles.map((p) => p.handle))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = handles.length
    ? await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
    : { data: [] as { id: string; handle: string }[] }
  const productByHandle = new Map(products.map((p: { id: string; handle: string }) => [p.handle, p.id]))
  const currentLinks = await listHsnLinks(container, "product", { target_id: products.map((p: { id: string }) => p.id) })

  for (const entry of checked.entries) {
    const current = existingByCode.get(entry.code)
    if (current && current.kind !== entry.kind) {
      errors.push({ row: entry.row, column: "kind", message: `HSN ${entry.code} is already in the master as ${current.kind}` })
      continue
    }
    if (!current) {
      plan.create_codes.push({
        code: entry.code,
        kind: entry.kind,
        description: entry.description,
        uqc: entry.uqc,
        rates: entry.rates.map(({ row: _row, ...rate }) => rate),
      })
      plan.changes.push({ row: entry.row, action: "create_code", code: entry.code, detail: `${entry.description} (${entry.uqc})` })
      plan.summary.codes_created++
      for (const rate of entry.rates) {
        plan.changes.push({ row: rate.row, action: "add_rate", code: entry.code, detail: `${rate.rate}% from ${rate.effective_from}` })
        plan.summary.rates_created++
      }
    } else {
      if (!input.only_missing && (current.description !== entry.description || current.uqc !== entry.uqc)) {
        plan.update_codes.push({ id: current.id, description: entry.description, uqc: entry.uqc })
        plan.changes.push({
          row: entry.row,
          action: "update_code",
          code: entry.code,
          detail: `${current.description} (${current.uqc}) → ${entry.description} (${entry.uqc})`,
        })
        plan.summary.codes_updated++
      }
      for (const rate of entry.rates) {
        const { row, ...values } = rate
        const dated = current.rates.find((r) => r.effective_from === rate.effective_from)
        if (!dated) {
          plan.create_rates.push({ ...values, hsn_code_id: current.id })
          plan.changes.push({ row, action: "add_rate", code: entry.code, detail: `${rate.rate}% from ${rate.effective_from}` })
          plan.summary.rates_created++
          continue
        }
        const was = {
          rate: rawPercent(dated.raw_rate, dated.rate),
          cess_rate: rawPercent(dated.raw_cess_rate, dated.cess_rate),
          notification: dated.notification ?? null,
        }
        if (input.only_missing) {
          continue
        }
        if (was.rate !== values.rate || was.cess_rate !== values.cess_rate || was.notification !== values.notification) {
          plan.update_rates.push({ id: dated.id, rate: values.rate, cess_rate: values.cess_rate, notification: values.notification })
          plan.changes.push({
            row,
            action: "update_rate",
            code: entry.code,
            detail: `from ${rate.effective_from}: ${was.rate}% (cess ${was.cess_rate}%) → ${values.rate}% (cess ${values.cess_rate}%)`,
          })
          plan.summary.rates_updated++
        }
      }
    }
    for (const { handle, row } of entry.product_handles) {
      const productId = productByHandle.get(handle)
      if (!productId) {
        errors.push({ row, column: "product_handle", message: `No product has the handle "${handle}"` })
        continue
      }
      const linked = currentLinks.filter((l) => l.target_id === productId)
      if (current && linked.length === 1 && linked[0].hsn_code_id === current.id) {
        continue
      }
      plan.unlink_products.push(...linked)
      plan.link_products.push({ product_id: productId, code: entry.code, hsn_code_id: current?.id ?? null })
      plan.changes.push({ row, action: "link_product", code: entry.code, detail: handle })
      plan.summary.products_linked++
    }
  }
  errors.sort((a, b) => a.row - b.row)
  plan.changes.sort((a, b) => a.row - b.row)
  return new StepResponse(plan)
})
