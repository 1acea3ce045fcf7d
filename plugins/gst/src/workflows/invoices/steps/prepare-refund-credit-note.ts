import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatMoney, parseMoney, roundHalfUp } from "../../../lib"
import { GST_MODULE, GstModuleService } from "../../../modules/gst"
import type { IssueDocumentInput } from "../../../modules/gst/service"
import { toMoneyString } from "../money"
import { prepareCreditNote } from "./prepare-credit-note"

type RefundRow = { id: string; amount: BigNumberInput; created_at?: string | Date }

/**
 * A refund not covered by a credit note already (a goodwill refund, a price adjustment paid back): the
 * part of the order's refunds that its credit notes do not yet account for is credited across the invoice
 * lines in proportion to what is left on each. Refunds for returned goods whose credit note was issued at
 * the return add nothing. Null when there is nothing to credit.
 */
export const prepareRefundCreditNoteStep = createStep(
  "prepare-refund-credit-note",
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const {
      data: [payment],
    } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: input.payment_id } })
    const orderId = (payment as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
    if (!orderId) {
      return new StepResponse(null as IssueDocumentInput | null)
    }
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.refunds.id", "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.created_at"],
      filters: { id: orderId },
    })
    type OrderRefunds = { payment_collections?: { payments?: { refunds?: RefundRow[] | null }[] | null }[] | null }
    const refunds = ((order as OrderRefunds | undefined)?.payment_collections ?? [])
      .flatMap((pc) => pc.payments ?? [])
      .flatMap((p) => p.refunds ?? [])
    if (!refunds.length) {
      return new StepResponse(null as IssueDocumentInput | null)
    }
    // An order invoiced by several suppliers: a refund names no goods, so it is credited on the first invoice
    // (the store's own, when it supplied part of the order).
    const [invoice] = await gst.listGstTaxDocuments(
      { order_id: orderId, document_type: "invoice", status: "issued" },
      { relations: ["lines"], order: { created_at: "ASC" } }
    )
    if (!invoice) {
      return new StepResponse(null as IssueDocumentInput | null)
    }
    const notes = await gst.listGstTaxDocuments({ original_document_id: invoice.id, document_type: "credit_note", status: "issued" }, { select: ["total"] })
    const refunded = parseMoney(toMoneyString(MathBN.add(0, ...refunds.map((r) => r.amount))))
    const credited = parseMoney(toMoneyString(MathBN.add(0, ...notes.map((n) => n.total as unknown as BigNumberInput))))
    const lines = (invoice.lines as unknown as { id: string; total: BigNumberInput }[]).map((l) => ({ id: l.id, total: parseMoney(toMoneyString(l.total)) }))
    const invoiced = lines.reduce((sum, l) => sum + l.total, 0n)
    const uncovered = (refunded > invoiced ? invoiced : refunded) - credited
    if (uncovered <= 0n) {
      return new StepResponse(null as IssueDocumentInput | null)
    }

    // What is left per line after earlier credit notes, then the refund shared in that proportion.
    const draftOfAll = await prepareCreditNote(container, { invoice_id: invoice.id, reason: "probe", requests: [] }, true)
    const left = draftOfAll.left
    const leftTotal = lines.reduce((sum, l) => sum + (left[l.id] ?? 0n), 0n)
    const amount = uncovered > leftTotal ? leftTotal : uncovered
    const open = lines.filter((l) => (left[l.id] ?? 0n) > 0n)
    let given = 0n
    const requests = open
      .map((l, index) => {
        const share = index === open.length - 1 ? amount - given : roundHalfUp(amount * left[l.id], leftTotal)
        given += share
        return { line_id: l.id, amount: formatMoney(share) }
      })
      .filter((r) => parseMoney(r.amount) > 0n)
    if (!requests.length) {
      return new StepResponse(null as IssueDocumentInput | null)
    }
    const newest = [...refunds].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))).pop()!
    const { draft } = await prepareCreditNote(container, {
      invoice_id: invoice.id,
      reason: "Refund without return of goods",
      requests,
      idempotency_key: `credit_note:refund:${newest.id}`,
    })
    return new StepResponse(draft as IssueDocumentInput | null)
  }
)
