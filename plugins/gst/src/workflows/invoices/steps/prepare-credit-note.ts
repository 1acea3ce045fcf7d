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
