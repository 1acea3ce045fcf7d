import { MedusaError } from "@medusajs/framework/utils"
import { formatMoney, parseMoney, roundHalfUp } from "../../lib"
import type { IssueDocumentInput, IssueDocumentLineInput } from "../../modules/gst/service"
import { addUqcQuantity, partOfUqcQuantity, subtractUqcQuantity } from "../../utils/uqc-quantity"
import { addHeads, formatHeads, headsOf } from "./build-tax-invoice"

/**
 * A credit note against a tax invoice (CGST Act s.34(1); CGST Rules r.53(1A)): it cites the invoice and
 * reduces, line by line, the taxable value and each tax head in proportion to what is credited. The
 * last credit on a line takes exactly what is left of it, so a line is never credited past its value
 * and a full credit cancels it to the paisa.
 */

const HEAD_FIELDS = ["igst", "cgst", "sgst", "utgst", "cess"] as const

export type CreditableLine = {
  id: string
  line_item_id: string | null
  line_type: "item" | "shipping" | "commission"
  product_id: string | null
  variant_id: string | null
  description: string
  hsn_code: string
  uqc: string
  quantity: string
  /** The line's quantity in `reported_uqc` (3 decimals); see utils/uqc-quantity.ts. */
  reported_uqc: string
  reported_quantity: string
  net_quantity: string | null
  unit_price: string
  rate: string
  cess_rate: string
  taxable_value: string
  igst: string
  cgst: string
  sgst: string
  utgst: string
  cess: string
  total: string
}

export type CreditableInvoice = {
  id: string
  number: string
  issue_date: string
  order_id: string | null
  customer_id: string | null
  supplier_gstin: string
  supplier_legal_name: string
  supplier_state_code: string
  supplier_address: Record<string, unknown>
  buyer_gstin: string | null
  buyer_name: string
  buyer_address: Record<string, unknown> | null
  place_of_supply: string
  supply_type: "b2b" | "b2cl" | "b2cs" | "exp"
  export_type: "WPAY" | "WOPAY" | null
  currency_code: string
  lines: CreditableLine[]
}

/**
 * What earlier credit notes took from each invoice line, keyed by the invoice line's id. Credit-note
 * lines are matched to invoice lines by `line_item_id` (the order line item, or the shipping method).
 */
export type CreditedSoFar = Record<
  string,
  { quantity: string; reported_quantity: string; total: string; taxable_value: string } & Record<(typeof HEAD_FIELDS)[number], string>
>

/** Credit a quantity of a line (goods returned) or an amount of it (a price reduction), tax-inclusive. */
export type CreditRequest = { line_id: string; quantity?: number; amount?: string }

const NO_CREDIT = { taxable_value: 0n, igst: 0n, cgst: 0n, sgst: 0n, utgst: 0n, cess: 0n, total: 0n }

function scale(value: bigint, numerator: bigint, denominator: bigint): bigint {
  return roundHalfUp(value * numerator, denominator)
}

function quantityOf(value: string): bigint {
  // Line quantities are whole units; a stored "2" or "2.000" both mean two.
  return BigInt(Math.round(Number(value)))
}

export type BuildCreditNoteInput = {
  invoice: CreditableInvoice
  credited: CreditedSoFar
  requests: CreditRequest[]
  reason: string
  prefix: string
  idempotency_key?: string
  return_id?: string | null
  issued_at?: Date | string
}

export function buildCreditNote(input: BuildCreditNoteInput): IssueDocumentInput {
  const { invoice, credited } = input
  if (!input.requests.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A credit note needs at least one line to credit")
  }
  const seen = new Set<string>()
  const lines: IssueDocumentLineInput[] = input.requests.map((request) => {
    const line = invoice.lines.find((l) => l.id === request.line_id)
    if (!line) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${request.line_id} is not on invoice ${invoice.number}`)
    }
    if (seen.has(line.id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${line.id} of invoice ${invoice.number} is listed twice; give one amount per line`)
    }
    seen.add(line.id)
    const original = headsOf(line)
    const before = credited[line.id] ? headsOf(credited[line.id]) : NO_CREDIT
    const left = {
      taxable_value: original.taxable_value - before.taxable_value,
      igst: original.igst - before.igst,
      cgst: original.cgst - before.cgst,
      sgst: original.sgst - before.sgst,
      utgst: original.utgst - before.utgst,
      cess: original.cess - before.cess,
      total: original.total - before.total,
    }
    const lineQuantity = quantityOf(line.quantity)
    const quantityLeft = lineQuantity - quantityOf(credited[line.id]?.quantity ?? "0")

    let amount: bigint
    let quantity = 0n
    if (request.quantity !== undefined) {
      if (!Number.isSafeInteger(request.quantity) || request.quantity < 1) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Quantity ${request.quantity} for "${line.description}" must be a whole number of at least 1`)
      }
      quantity = BigInt(request.quantity)
      if (quantity > quantityLeft) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Only ${quantityLeft} of ${lineQuantity} × "${line.description}" on invoice ${invoice.number} can still be credited; ${quantity} was asked`
        )
      }
      amount = quantity === quantityLeft ? left.total : scale(original.total, quantity, lineQuantity)
    } else if (request.amount !== undefined) {
      amount = parseMoney(request.amount)
      if (amount <= 0n) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Credit amount ${request.amount} for "${line.description}" must be more than zero`)
      }
    } else {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Give a quantity or an amount to credit for "${line.description}"`)
    }
    if (amount > left.total) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${line.description}" on invoice ${invoice.number} has ${formatMoney(left.total)} left to credit; ${formatMoney(amount)} is more than that`
      )
    }

    // The whole remainder takes every head exactly; a part takes each head in proportion to the line's total.
    const full = amount === left.total
    const heads = Object.fromEntries(
      HEAD_FIELDS.map((field) => [field, full ? left[field] : original.total === 0n ? 0n : scale(original[field], amount, original.total)])
    ) as Record<(typeof HEAD_FIELDS)[number], bigint>
    const tax = HEAD_FIELDS.reduce((sum, field) => sum + heads[field], 0n)
    // Goods returned take their part of the line's UQC quantity (the last return the exact remainder); a price
    // reduction returns no goods, so its quantity is nil.
    const reportedQuantity =
      quantity === 0n
        ? "0.000"
        : quantity === quantityLeft
          ? subtractUqcQuantity(line.reported_quantity, credited[line.id]?.reported_quantity ?? "0")
          : partOfUqcQuantity(line.reported_quantity, quantity, lineQuantity)
    return {
      line_item_id: line.line_item_id,
      line_type: line.line_type,
      product_id: line.product_id,
      variant_id: line.variant_id,
      description: line.description,
      hsn_code: line.hsn_code,
      uqc: line.uqc,
      quantity: String(quantity),
      reported_uqc: line.reported_uqc,
      reported_quantity: reportedQuantity,
      net_quantity: line.net_quantity,
      unit_price: line.unit_price,
      rate: line.rate,
      cess_rate: line.cess_rate,
      taxable_value: formatMoney(full ? left.taxable_value : amount - tax),
      igst: formatMoney(heads.igst),
      cgst: formatMoney(heads.cgst),
      sgst: formatMoney(heads.sgst),
      utgst: formatMoney(heads.utgst),
      cess: formatMoney(heads.cess),
      total: formatMoney(amount),
    }
  })

  const totals = lines.reduce((acc, line) => addHeads(acc, headsOf(line)), NO_CREDIT)
  return {
    document_type: "credit_note",
    prefix: input.prefix,
    issued_at: input.issued_at,
    idempotency_key: input.idempotency_key,
    order_id: invoice.order_id,
    return_id: input.return_id ?? null,
    original_document_id: invoice.id,
    original_number: invoice.number,
    original_issue_date: invoice.issue_date,
    reason: input.reason,
    customer_id: invoice.customer_id,
    supplier_gstin: invoice.supplier_gstin,
    supplier_legal_name: invoice.supplier_legal_name,
    supplier_state_code: invoice.supplier_state_code,
    supplier_address: invoice.supplier_address,
    buyer_gstin: invoice.buyer_gstin,
    buyer_name: invoice.buyer_name,
    buyer_address: invoice.buyer_address,
    place_of_supply: invoice.place_of_supply,
    supply_type: invoice.supply_type,
    export_type: invoice.export_type,
    currency_code: invoice.currency_code,
    ...formatHeads(totals),
    round_off: "0",
    lines,
  }
}

/** Sums earlier credit-note lines per invoice line, matching them by `line_item_id`. */
export function creditedSoFar(
  invoiceLines: Pick<CreditableLine, "id" | "line_item_id">[],
  creditLines: (Pick<CreditableLine, "line_item_id" | "quantity" | "reported_quantity" | "total" | "taxable_value"> &
    Record<(typeof HEAD_FIELDS)[number], string>)[]
): CreditedSoFar {
  const result: CreditedSoFar = {}
  for (const line of invoiceLines) {
    const matching = creditLines.filter((c) => c.line_item_id && c.line_item_id === line.line_item_id)
    if (!matching.length) continue
    const sum = matching.reduce((acc, c) => addHeads(acc, headsOf(c)), NO_CREDIT)
    const quantity = matching.reduce((acc, c) => acc + quantityOf(c.quantity), 0n)
    const reported = matching.reduce((acc, c) => addUqcQuantity(acc, c.reported_quantity), "0")
    result[line.id] = { ...formatHeads(sum), quantity: String(quantity), reported_quantity: reported }
  }
  return result
}
