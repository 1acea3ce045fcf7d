import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parseMoney } from "../../../lib"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../../modules/gst"
import type { IssueDocumentInput } from "../../../modules/gst/service"
import { buildCreditNote, CreditableInvoice, CreditableLine, creditedSoFar, CreditRequest } from "../build-credit-note"
import { toMoneyString } from "../money"

export type PrepareCreditNoteInput = {
  /** The invoice to credit; or the order, whose issued invoice is credited. */
  invoice_id?: string
  order_id?: string
  /** A received return: its received items are credited by quantity unless `requests` are given. */
  return_id?: string
  requests?: CreditRequest[]
  reason: string
  idempotency_key?: string
}

function moneyLine(line: Record<string, unknown>): CreditableLine {
  const money = (key: string) => toMoneyString(line[key] as string)
  return {
    id: String(line.id),
    line_item_id: (line.line_item_id as string | null) ?? null,
    line_type: line.line_type as CreditableLine["line_type"],
    product_id: (line.product_id as string | null) ?? null,
    variant_id: (line.variant_id as string | null) ?? null,
    description: String(line.description),
    hsn_code: String(line.hsn_code),
    uqc: String(line.uqc),
    quantity: String(line.quantity),
    reported_uqc: String(line.reported_uqc ?? line.uqc),
    reported_quantity: String(line.reported_quantity ?? "0"),
    net_quantity: (line.net_quantity as string | null) ?? null,
    unit_price: money("unit_price"),
    rate: String(line.rate),
    cess_rate: String(line.cess_rate ?? "0"),
    taxable_value: money("taxable_value"),
    igst: money("igst"),
    cgst: money("cgst"),
    sgst: money("sgst"),
    utgst: money("utgst"),
    cess: money("cess"),
    total: money("total"),
  }
}

/**
 * Reads the invoice, what earlier credit notes already took from it and (for a return) the received items,
 * and drafts the credit note. Writes nothing; every refusal (unknown line, more than is left, a negative
 * amount) happens here, before anything is issued.
 */
export const prepareCreditNoteStep = createStep("prepare-credit-note", async (input: PrepareCreditNoteInput, { container }) => {
  const { draft } = await prepareCreditNote(container, input)
  return new StepResponse(draft as IssueDocumentInput)
})

/**
 * The draft credit note and what is left to credit on each invoice line (by line id, in paise). With
 * `probe`, only reads what is left and drafts nothing.
 */
export async function prepareCreditNote(
  container: MedusaContainer,
  input: PrepareCreditNoteInput,
  probe = false
): Promise<{ draft: IssueDocumentInput | null; left: Record<string, bigint> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const gst: GstModuleService = container.resolve(GST_MODULE)
  const options = gst.documentOptions()

  const filters = input.invoice_id
    ? { id: input.invoice_id, document_type: "invoice" }
    : { order_id: input.order_id, document_type: "invoice", status: "issued" }
  const invoices = await gst.listGstTaxDocuments(filters as never, { relations: ["lines"], order: { created_at: "ASC" } })
  const invoice = invoices[0] as unknown as Record<string, unknown> | undefined
  if (!invoice) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      input.invoice_id ? `Tax invoice ${input.invoice_id} was not found` : `Order ${input.order_id} has no issued tax invoice to credit`
    )
  }
  if (invoice.status !== "issued") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Invoice ${invoice.number} is ${invoice.status}; only an issued invoice can be credited`)
  }
  const lines = ((invoice.lines as Record<string, unknown>[]) ?? []).map(moneyLine)

  const earlier = await gst.listGstTaxDocuments(
    { original_document_id: String(invoice.id), document_type: "credit_note", status: "issued" },
    { relations: ["lines"] }
  )
  const earlierLines = earlier.flatMap((d) => (d.lines as unknown as Record<string, unknown>[]).map(moneyLine))
  const credited = creditedSoFar(lines, earlierLines)
  const left = Object.fromEntries(
    lines.map((l) => [l.id, parseMoney(l.total) - parseMoney(credited[l.id]?.total ?? "0")])
  )
  if (probe) {
    return { draft: null, left }
  }

  let requests = input.requests ?? []
  if (!input.requests && input.return_id) {
    const {
      data: [orderReturn],
    } = await query.graph({
      entity: "return",
      fields: ["id", "items.item_id", "items.quantity", "items.received_quantity"],
      filters: { id: input.return_id },
    })
    if (!orderReturn) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${input.return_id} was not found`)
    }
    requests = (orderReturn.items as { item_id: string; quantity: unknown; received_quantity?: unknown }[])
      .map((item) => ({ line: lines.find((l) => l.line_item_id === item.item_id), quantity: Number(item.received_quantity ?? item.quantity) }))
      .filter((r) => r.line && r.quantity > 0)
      .map((r) => ({ line_id: r.line!.id, quantity: r.quantity }))
    if (!requests.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Return ${input.return_id} received no item invoiced on ${invoice.number}`)
    }
  }

  const draft: IssueDocumentInput = buildCreditNote({
    invoice: {
      ...(invoice as unknown as CreditableInvoice),
      lines,
    },
    credited,
    requests,
    reason: input.reason,
    prefix: options.credit_note_prefix,
    idempotency_key: input.idempotency_key,
    return_id: input.return_id ?? null,
  })
  return { draft, left }
}

/**
 * The invoices a received return credits: each issued invoice of the order that holds one of the returned
 * lines (an order has one invoice per supplier, so a distributor's goods are credited by the distributor's
 * credit note), with the idempotency key of its credit note: `credit_note:return:<return>` against the
 * order's first invoice, `credit_note:return:<return>:<supplier GSTIN>` against the others.
 */
export async function returnCreditTargets(
  container: MedusaContainer,
  input: { order_id: string; return_id: string }
): Promise<{ invoice_id: string; supplier_gstin: string; idempotency_key: string }[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const gst: GstModuleService = container.resolve(GST_MODULE)
  const invoices = await gst.listGstTaxDocuments(
    { order_id: input.order_id, document_type: "invoice", status: "issued" },
    { relations: ["lines"], order: { created_at: "ASC" } }
  )
  if (!invoices.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} has no issued tax invoice to credit`)
  }
  const {
    data: [orderReturn],
  } = await query.graph({ entity: "return", fields: ["id", "items.item_id"], filters: { id: input.return_id } })
  if (!orderReturn) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${input.return_id} was not found`)
  }
  const returned = new Set((orderReturn.items as { item_id: string }[]).map((item) => item.item_id))
  const [first] = invoices
  const targets = invoices
    .filter((invoice) => (invoice.lines as unknown as { line_item_id: string | null }[]).some((l) => !!l.line_item_id && returned.has(l.line_item_id)))
    .map((invoice) => ({
      invoice_id: invoice.id,
      supplier_gstin: invoice.supplier_gstin,
      idempotency_key: invoice.id === first.id ? `credit_note:return:${input.return_id}` : `credit_note:return:${input.return_id}:${invoice.supplier_gstin}`,
    }))
  // Nothing of the return is invoiced: the first invoice is named, so the refusal says so.
  return targets.length ? targets : [{ invoice_id: first.id, supplier_gstin: first.supplier_gstin, idempotency_key: `credit_note:return:${input.return_id}` }]
}
