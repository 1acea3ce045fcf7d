import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { financialYear, fyShort, istDate, toIstDate } from "../../lib"
import { DEFAULT_OPTIONS, GstPluginOptions } from "../../options"
import DocumentSeries from "./models/document-series"
import GstRegistration from "./models/gst-registration"
import HsnCode from "./models/hsn-code"
import HsnRate from "./models/hsn-rate"
import LedgerEntry from "./models/ledger-entry"
import ReturnExport from "./models/return-export"
import TaxDocument from "./models/tax-document"
import TaxDocumentLine from "./models/tax-document-line"
import TcsPeriod from "./models/tcs-period"
import { withGstReturns } from "./returns/service-mixin"
import { INSERT_ROLLUP } from "./returns/sql"
import { withTcs } from "./tcs/service-mixin"
import { uqcQuantity } from "../../utils/uqc-quantity"

export type TaxDocumentType = "invoice" | "credit_note" | "commission_invoice"
export type LedgerTaxHead = "IGST" | "CGST" | "SGST" | "UTGST" | "CESS"

/** Amounts are decimal strings in the document's currency (rupees for INR), already rounded to the paisa. */
export type IssueDocumentLineInput = {
  line_item_id?: string | null
  line_type?: "item" | "shipping" | "commission"
  product_id?: string | null
  variant_id?: string | null
  description: string
  hsn_code: string
  uqc?: string
  quantity: string | number
  /**
   * The quantity as reported (r.46(i), GSTR-1 Table 12) and its UQC; when not given they are derived from `uqc`
   * and `quantity` (utils/uqc-quantity.ts: no net quantity, so packs under a mass or volume UQC become PAC).
   */
  reported_uqc?: string
  reported_quantity?: string
  net_quantity?: string | null
  unit_price: string
  taxable_value: string
  rate: string
  cess_rate?: string
  igst: string
  cgst: string
  sgst: string
  utgst: string
  cess: string
  total: string
}

export type IssueDocumentInput = {
  document_type: TaxDocumentType
  /** Series prefix, at most 4 characters of A-Z, 0-9 and '-'. */
  prefix: string
  /** The instant of issue; its IST date is the document date and picks the financial year and period. */
  issued_at?: Date | string
  /**
   * A document with this key is issued once: a second call returns the first document (event replays,
   * retried workflows). Kept in metadata.idempotency_key.
   */
  idempotency_key?: string
  order_id?: string | null
  return_id?: string | null
  original_document_id?: string | null
  original_number?: string | null
  original_issue_date?: string | null
  reason?: string | null
  customer_id?: string | null
  supplier_gstin: string
  supplier_legal_name: string
  supplier_state_code: string
  supplier_address: Record<string, unknown>
  buyer_gstin?: string | null
  buyer_name: string
  buyer_address?: Record<string, unknown> | null
  place_of_supply: string
  supply_type: "b2b" | "b2cl" | "b2cs" | "exp"
  export_type?: "WPAY" | "WOPAY" | null
  sez?: boolean
  reverse_charge?: boolean
  currency_code?: string
  taxable_value: string
  igst: string
  cgst: string
  sgst: string
  utgst: string
  cess: string
  round_off?: string
  total: string
  metadata?: Record<string, unknown> | null
  lines: IssueDocumentLineInput[]
}

export type IssuedDocument = { id: string; number: string; created: boolean }

/** `liability`: the store's own output tax, or TCS it collected as an e-commerce operator (paid and reported apart, in GSTR-8). */
export type LedgerBalanceRow = {
  gstin: string
  period: string
  liability: "output_tax" | "tcs"
  tax_head: LedgerTaxHead
  taxable_value: string
  amount: string
  entries: number
}

/** CGST Rules r.46(b): at most 16 characters of letters, digits, '-' and '/'. */
const MAX_NUMBER_LENGTH = 16
const PREFIX_PATTERN = /^[A-Z0-9-]{1,4}$/
const HEADS: { head: LedgerTaxHead; field: "igst" | "cgst" | "sgst" | "utgst" | "cess" }[] = [
  { head: "IGST", field: "igst" },
  { head: "CGST", field: "cgst" },
  { head: "SGST", field: "sgst" },
  { head: "UTGST", field: "utgst" },
  { head: "CESS", field: "cess" },
]

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * The generated create methods type bigNumber fields as number, yet take decimal strings and keep them
 * exact; amounts are passed as strings so no float ever touches them.
 */
type ExactAmounts<T> = T extends (infer U)[] ? ExactAmounts<U>[] : { [K in keyof T]: T[K] extends number | undefined ? string | number | undefined : T[K] }
function exact<T>(data: ExactAmounts<T>): T {
  return data as unknown as T
}

function negate(amount: string): string {
  return amount.startsWith("-") ? amount.slice(1) : amount === "0" || /^0(\.0+)?$/.test(amount) ? amount : `-${amount}`
}

/** A line as stored: its reported UQC and quantity, derived from its UQC and pack count when the caller gave none. */
function withReportedQuantity(line: IssueDocumentLineInput): IssueDocumentLineInput {
  if (line.reported_uqc && line.reported_quantity !== undefined) {
    return line
  }
  const reported = uqcQuantity({ hsn_code: line.hsn_code, uqc: line.uqc ?? "NOS", quantity: line.quantity })
  return { ...line, reported_uqc: reported.uqc, reported_quantity: reported.quantity, net_quantity: reported.net_quantity }
}

function isZero(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount)
}

// Keys spell the models' names (gst_hsn_code → GstHsnCode): Query and module links call list<Key>s on the
// service by the model name, so `query.graph({ entity: "gst_hsn_code" })` needs listGstHsnCodes.
class GstModuleService extends withTcs(withGstReturns(
  MedusaService({
    GstRegistration,
    GstHsnCode: HsnCode,
    GstHsnRate: HsnRate,
    GstDocumentSeries: DocumentSeries,
    GstTaxDocument: TaxDocument,
    GstTaxDocumentLine: TaxDocumentLine,
    GstLedgerEntry: LedgerEntry,
    GstReturnExport: ReturnExport,
    GstTcsPeriod: TcsPeriod,
  })
)) {
  protected readonly options_: GstPluginOptions

  constructor(container: Record<string, unknown>, options: GstPluginOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /** The plugin options that shape documents, with their defaults filled in. */
  documentOptions() {
    return {
      invoice_prefix: this.options_.invoice_prefix ?? DEFAULT_OPTIONS.invoice_prefix,
      credit_note_prefix: this.options_.credit_note_prefix ?? DEFAULT_OPTIONS.credit_note_prefix,
      service_invoice_prefix: this.options_.service_invoice_prefix ?? DEFAULT_OPTIONS.service_invoice_prefix,
      shipping_rate: this.options_.shipping_rate ?? DEFAULT_OPTIONS.shipping_rate,
      default_hsn_code: this.options_.default_hsn_code ?? null,
      variant_weight_unit: this.options_.variant_weight_unit === "kg" ? ("kg" as const) : ("g" as const),
    }
  }

  private knexOf(sharedContext: Context): Knex {
    const manager = sharedContext.transactionManager as { getTransactionContext?: () => Knex } | undefined
    const knex = manager?.getTransactionContext?.()
    if (!knex) {
      // A row lock taken outside a transaction is released at once and would not serialise numbering.
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "GST document numbering must run inside a transaction")
    }
    return knex
  }

  /**
   * Issues a tax invoice or credit note: takes the next number of its series under a row lock, then
   * writes the document, its lines and its ledger entries, all in one transaction. A failure anywhere
   * rolls the number back with the rest, so the series never has a gap (CGST Rules r.46(b): consecutive
   * serial numbers, unique for a financial year).
   */
  @InjectTransactionManager()
  async issueDocument(input: IssueDocumentInput, @MedusaContext() sharedContext: Context = {}): Promise<IssuedDocument> {
    const prefix = input.prefix.trim().toUpperCase()
    if (!PREFIX_PATTERN.test(prefix)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Document series prefix "${input.prefix}" must be 1-4 letters, digits or '-', so the number stays within 16 characters (CGST Rules r.46(b))`
      )
    }
    if (!input.lines.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A tax document needs at least one line")
    }
    const knex = this.knexOf(sharedContext)
    const issuedAt = input.issued_at ?? new Date()
    const issueDate = typeof issuedAt === "string" ? toIstDate(issuedAt) : istDate(issuedAt)
    const fy = financialYear(issueDate)

    if (input.original_document_id) {
      // Credit notes against one invoice are issued one at a time, so the check below sees every earlier one.
      await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`gst_credit:${input.original_document_id}`])
    }
    if (input.idempotency_key) {
      // Serialise issuers of the same key, then look for the document a previous call issued.
      await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`gst_document:${input.idempotency_key}`])
      // Narrowed by the indexed order_id first; the key itself lives in metadata.
      const { rows } = await knex.raw(
        `SELECT id, number FROM gst_tax_document
         WHERE deleted_at IS NULL AND order_id IS NOT DISTINCT FROM ? AND metadata->>'idempotency_key' = ? LIMIT 1`,
        [input.order_id ?? null, input.idempotency_key]
      )
      if (rows[0]) {
        return { id: String(rows[0].id), number: String(rows[0].number), created: false }
      }
    }

    await knex.raw(
      `INSERT INTO gst_document_series (id, gstin, financial_year, document_type, prefix, next_number)
       VALUES (?, ?, ?, ?, ?, 1)
       ON CONFLICT (gstin, financial_year, document_type) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "gstser"), input.supplier_gstin, fy, input.document_type, prefix]
    )
    // The UPDATE holds the series row's lock until this transaction ends: concurrent issuers queue here.
    const { rows: allocated } = await knex.raw(
      `UPDATE gst_document_series SET next_number = next_number + 1, updated_at = now()
       WHERE gstin = ? AND financial_year = ? AND document_type = ? AND deleted_at IS NULL
       RETURNING id, prefix, next_number - 1 AS number`,
      [input.supplier_gstin, fy, input.document_type]
    )
    const series = allocated[0]
    const number = `${series.prefix}/${fyShort(issueDate)}/${String(series.number).padStart(6, "0")}`
    if (number.length > MAX_NUMBER_LENGTH) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Series ${series.prefix} for ${input.supplier_gstin} in ${fy} is exhausted: ${number} is longer than 16 characters (CGST Rules r.46(b)); use a shorter prefix`
      )
    }

    const { lines, idempotency_key, issued_at: _issuedAt, prefix: _prefix, metadata, ...header } = input
    const [document] = await this.createGstTaxDocuments(
      exact<Parameters<GstModuleService["createGstTaxDocuments"]>[0]>([{
        ...header,
        number,
        series_id: String(series.id),
        financial_year: fy,
        issue_date: issueDate,
        period: issueDate.slice(0, 7),
        round_off: input.round_off ?? "0",
        metadata: { ...(metadata ?? {}), ...(idempotency_key ? { idempotency_key } : {}) },
      }]),
      sharedContext
    )
    await this.createGstTaxDocumentLines(
      exact<Parameters<GstModuleService["createGstTaxDocumentLines"]>[0]>(lines.map((line) => ({ ...withReportedQuantity(line), quantity: String(line.quantity), document_id: document.id }))),
      sharedContext
    )

    if (input.original_document_id) {
      // CGST Act s.34: a credit note reduces what was invoiced; together they never exceed an invoice line. This
      // note's lines are added from the input: the unit of work writes them only when the transaction ends.
      const credits = lines.filter((line) => line.line_item_id)
      const { rows: over } = await knex.raw(
        `WITH this_note AS (
           SELECT line_item_id, SUM(total) AS total FROM unnest(?::text[], ?::numeric[]) AS t(line_item_id, total) GROUP BY line_item_id
         ), earlier AS (
           SELECT cl.line_item_id, SUM(cl.total) AS total
           FROM gst_tax_document cn
           JOIN gst_tax_document_line cl ON cl.document_id = cn.id AND cl.deleted_at IS NULL
           WHERE cn.original_document_id = ? AND cn.id <> ? AND cn.status = 'issued' AND cn.deleted_at IS NULL
           GROUP BY cl.line_item_id
         )
         SELECT il.description, il.total::text AS invoiced, (COALESCE(e.total, 0) + n.total)::text AS credited
         FROM gst_tax_document_line il
         JOIN this_note n ON n.line_item_id = il.line_item_id
         LEFT JOIN earlier e ON e.line_item_id = il.line_item_id
         WHERE il.document_id = ? AND il.deleted_at IS NULL AND COALESCE(e.total, 0) + n.total > il.total`,
        [
          credits.map((line) => String(line.line_item_id)),
          credits.map((line) => String(line.total)),
          input.original_document_id,
          document.id,
          input.original_document_id,
        ]
      )
      if (over.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Credit notes on "${over[0].description}" would total ${over[0].credited}, more than the ${over[0].invoiced} invoiced`
        )
      }
    }

    await this.writeGstr1Rollup([document.id], sharedContext)

    // One ledger row per tax head with an amount: output tax raises the liability, a credit note lowers it.
    const entryType = input.document_type === "credit_note" ? "credit_note" : "output_tax"
    const signed = (amount: string) => (entryType === "credit_note" ? negate(amount) : amount)
    const entries = HEADS.filter(({ field }) => !isZero(input[field])).map(({ head, field }) => ({
      entry_type: entryType as "credit_note" | "output_tax",
      source_type: "gst_tax_document",
      source_id: document.id,
      gstin: input.supplier_gstin,
      counterparty_gstin: input.buyer_gstin ?? null,
      period: issueDate.slice(0, 7),
      entry_date: issueDate,
      tax_head: head,
      taxable_value: signed(input.taxable_value),
      amount: signed(input[field]),
      note: `${input.document_type === "credit_note" ? "Credit note" : "Invoice"} ${number}`,
    }))
    if (entries.length) {
      await this.createGstLedgerEntries(exact<Parameters<GstModuleService["createGstLedgerEntries"]>[0]>(entries), sharedContext)
    }
    return { id: document.id, number, created: true }
  }

  /**
   * Writes the GSTR-1 rollup of documents just written (returns/sql.ts, INSERT_ROLLUP): their lines summed per
   * HSN, UQC and rate, and per rate, which GSTR-1 reads instead of the lines. issueDocument calls it in its own
   * transaction; whatever else writes documents and lines must call it once for them, in the same transaction.
   * Append-only: a document's rows are written once and never updated.
   */
  @InjectTransactionManager()
  async writeGstr1Rollup(documentIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!documentIds.length) {
      return
    }
    // The statement reads the stored lines: the unit of work writes what it holds first.
    await (sharedContext.transactionManager as { flush: () => Promise<void> }).flush()
    await this.knexOf(sharedContext).raw(INSERT_ROLLUP, [documentIds])
  }

  /**
   * Issues several documents in one transaction (an order's invoices, one per supplier): all are issued, or
   * none is and no number is used. Each keeps its own series and idempotency key.
   */
  @InjectTransactionManager()
  async issueDocuments(inputs: IssueDocumentInput[], @MedusaContext() sharedContext: Context = {}): Promise<IssuedDocument[]> {
    const issued: IssuedDocument[] = []
    for (const input of inputs) {
      issued.push(await this.issueDocument(input, sharedContext))
    }
    return issued
  }

  /**
   * Posts the reversal of a ledger entry: a new row with the opposite amounts. The ledger is never
   * edited; one reversal per entry, so a repeated request returns the first one.
   */
  @InjectTransactionManager()
  async reverseLedgerEntry(
    input: { id: string; reason: string; entry_date?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const knex = this.knexOf(sharedContext)
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`gst_ledger_reversal:${input.id}`])
    const [entry] = await this.listGstLedgerEntries({ id: input.id }, {}, sharedContext)
    if (!entry) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `GST ledger entry ${input.id} was not found`)
    }
    if (entry.entry_type === "reversal") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Ledger entry ${input.id} is itself a reversal; post a new entry instead of reversing a reversal`
      )
    }
    const [existing] = await this.listGstLedgerEntries({ reverses_entry_id: input.id }, {}, sharedContext)
    if (existing) {
      return { id: existing.id, created: false }
    }
    const day = istDate(input.entry_date ?? new Date())
    const [reversal] = await this.createGstLedgerEntries(
      exact<Parameters<GstModuleService["createGstLedgerEntries"]>[0]>([{
        entry_type: "reversal",
        source_type: "gst_ledger_entry",
        source_id: entry.id,
        gstin: entry.gstin,
        counterparty_gstin: entry.counterparty_gstin,
        period: day.slice(0, 7),
        entry_date: day,
        tax_head: entry.tax_head,
        taxable_value: negate(String(entry.taxable_value)),
        amount: negate(String(entry.amount)),
        reverses_entry_id: entry.id,
        note: input.reason,
      }]),
      sharedContext
    )
    return { id: reversal.id, created: true }
  }

  /**
   * Cancels an issued document: its status becomes "cancelled" and each of its ledger rows gets a reversal.
   * The number stays used (GSTR-1 table 13 reports cancelled documents in the series).
   */
  @InjectTransactionManager()
  async cancelDocument(input: { id: string; reason: string }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const [document] = await this.listGstTaxDocuments({ id: input.id }, {}, sharedContext)
    if (!document) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `GST document ${input.id} was not found`)
    }
    if (document.status !== "cancelled") {
      await this.updateGstTaxDocuments({ id: input.id, status: "cancelled", reason: input.reason }, sharedContext)
    }
    const entries = await this.listGstLedgerEntries({ source_id: input.id, entry_type: ["output_tax", "credit_note"] }, {}, sharedContext)
    for (const entry of entries) {
      await this.reverseLedgerEntry({ id: entry.id, reason: input.reason }, sharedContext)
    }
  }

  /** Ledger totals per GSTIN, return period, liability (output tax or TCS) and tax head, summed by the database. */
  @InjectManager()
  async ledgerBalances(
    filters: { gstin?: string; from?: string; to?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LedgerBalanceRow[]> {
    const manager = sharedContext.manager as { getKnex: () => Knex }
    const knex = manager.getKnex()
    const where = ["e.deleted_at IS NULL"]
    const bindings: unknown[] = []
    if (filters.gstin) {
      where.push("e.gstin = ?")
      bindings.push(filters.gstin)
    }
    if (filters.from) {
      where.push("e.period >= ?")
      bindings.push(filters.from)
    }
    if (filters.to) {
      where.push("e.period <= ?")
      bindings.push(filters.to)
    }
    // TCS (and reversals of TCS) is a liability of its own, kept apart from the store's output tax.
    const { rows } = await knex.raw(
      `SELECT e.gstin, e.period,
              CASE WHEN e.entry_type = 'tcs' OR r.entry_type = 'tcs' THEN 'tcs' ELSE 'output_tax' END AS liability,
              e.tax_head, ROUND(SUM(e.taxable_value), 2)::text AS taxable_value, ROUND(SUM(e.amount), 2)::text AS amount,
              COUNT(*)::int AS entries
       FROM gst_ledger_entry e LEFT JOIN gst_ledger_entry r ON r.id = e.reverses_entry_id
       WHERE ${where.join(" AND ")}
       GROUP BY e.gstin, e.period, 3, e.tax_head ORDER BY e.gstin, e.period, 3, e.tax_head`,
      bindings
    )
    return rows as LedgerBalanceRow[]
  }
}

export default GstModuleService
