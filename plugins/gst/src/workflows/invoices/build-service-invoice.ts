import { MedusaError } from "@medusajs/framework/utils"
import { formatMoney, parseMoney, splitTax, validateGstin } from "../../lib"
import type { IssueDocumentInput, IssueDocumentLineInput } from "../../modules/gst/service"
import { addHeads, formatHeads, headsOf, InvoiceSupplier, supplierFields } from "./build-tax-invoice"

/**
 * SAC 998599 "Other support services n.e.c." (heading 9985, support services; the Scheme of Classification of
 * Services annexed to Notification 11/2017-Central Tax (Rate)), 18% (9% CGST + 9% SGST, or 18% IGST): what an
 * e-commerce marketplace charges its sellers for selling on its platform. Not SAC 996211 ("services provided for
 * a fee/commission or contract basis on retail trade"), which is an agent's: the operator does not sell the
 * goods on the distributor's behalf, and CGST Act s.52 applies to an operator "not being an agent".
 */
export const MARKETPLACE_SERVICE_SAC = "998599"

export type ServiceInvoiceLine = {
  description: string
  /** SAC of the service, chapter 99. */
  sac: string
  /** Value before GST, rupees, e.g. "1250.00". */
  taxable_value: string
  /** GST rate in percent, e.g. "18". */
  rate: string
}

export type ServiceInvoiceBuyer = {
  gstin: string
  legal_name: string
  address?: Record<string, unknown> | null
}

export type BuildServiceInvoiceInput = {
  supplier: InvoiceSupplier
  buyer: ServiceInvoiceBuyer
  lines: ServiceInvoiceLine[]
  prefix: string
  /** One document per key: a replay returns the first one. */
  idempotency_key: string
  issued_at?: Date | string
  reason?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * A tax invoice for services the store renders to a registered business (B2B): the place of supply is the
 * recipient's registered location (IGST Act s.12(2)(a)), i.e. the State of its GSTIN, so the supply is
 * intra-State (CGST + SGST) when that is the supplier's own State and inter-State (IGST) otherwise. Each
 * line's heads are rounded once, half-up to the paisa, by `splitTax`.
 */
export function buildServiceInvoice(input: BuildServiceInvoiceInput): IssueDocumentInput {
  const buyer = validateGstin(input.buyer.gstin)
  if (!buyer.valid) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A service invoice needs the buyer's GSTIN: ${buyer.reason}`)
  }
  const placeOfSupply = buyer.state.code
  if (!input.lines.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A service invoice needs at least one line")
  }
  const lines: IssueDocumentLineInput[] = input.lines.map((line) => {
    if (!/^99\d{4}$/.test(line.sac)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${line.sac}" is not a six-digit SAC (services are chapter 99)`)
    }
    if (parseMoney(line.taxable_value) <= 0n) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${line.description}": the value ${line.taxable_value} must be above zero`)
    }
    const split = splitTax({
      supplier_state: input.supplier.state_code,
      place_of_supply: placeOfSupply,
      rate: line.rate,
      amount: line.taxable_value,
      quantity: 1,
      tax_inclusive: false,
    })
    return {
      line_type: "commission",
      description: line.description,
      hsn_code: line.sac,
      uqc: "NA",
      quantity: 1,
      unit_price: split.taxable_value,
      taxable_value: split.taxable_value,
      rate: line.rate,
      igst: split.igst,
      cgst: split.cgst,
      sgst: split.sgst,
      utgst: split.utgst,
      cess: split.cess,
      total: split.total,
    }
  })
  const totals = formatHeads(lines.reduce((acc, line) => addHeads(acc, headsOf(line)), headsOf({ taxable_value: "0", igst: "0", cgst: "0", sgst: "0", utgst: "0", cess: "0", total: "0" })))
  const supplier = input.supplier
  return {
    document_type: "commission_invoice",
    prefix: input.prefix,
    issued_at: input.issued_at,
    idempotency_key: input.idempotency_key,
    reason: input.reason ?? null,
    ...supplierFields(supplier),
    buyer_gstin: buyer.gstin,
    buyer_name: input.buyer.legal_name,
    buyer_address: input.buyer.address ?? null,
    place_of_supply: placeOfSupply,
    supply_type: "b2b",
    reverse_charge: false,
    currency_code: "inr",
    ...totals,
    round_off: formatMoney(0n),
    metadata: input.metadata ?? null,
    lines,
  }
}
