import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import { GSTR8_SQL, gstr8Bindings } from "./gstr8-sql"
import { Gstr8Row, gstr8Csv, gstr8Json, gstr8Period, TcsCollectionInput, tcsLedgerRows } from "./rules"

type Manager = SqlEntityManager
type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

function runner(manager: Manager | undefined): Run {
  if (!manager) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The GST module has no database manager in this context")
  }
  return (sql, params = []) => manager.execute(sql, params as unknown[]) as Promise<Record<string, unknown>[]>
}

export type TcsPeriodStatus = { gstin: string; period: string; closed_at: string | null; filed_at: string | null; arn: string | null }

export type Gstr8Statement = {
  gstin: string
  period: string
  fp: string
  status: TcsPeriodStatus
  tcs: Gstr8Row[]
  tcsa: Gstr8Row[]
  /** The offline tool's JSON, exact decimals. */
  json: string
  csv: string
}

export type PostedTcs = { created: boolean; entry_ids: string[] }

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base constructor takes any arguments
type Constructor = new (...args: any[]) => object

/**
 * TCS (CGST Act s.52) and GSTR-8 methods of the GST module service, mixed in like the returns' ones. The
 * ledger stays append-only: a collection is posted once per source, and corrections are reversals.
 */
export function withTcs<TBase extends Constructor>(Base: TBase) {
  class GstTcs extends Base {
    /**
     * Posts one supplier's TCS for a period from one source (a settlement): one `tcs` row per head of each
     * rate group, after checking every figure against the rate. Idempotent per source: a second call posts
     * nothing and returns the rows already there.
     */
    @InjectTransactionManager()
    async postTcsCollection(input: TcsCollectionInput, @MedusaContext() sharedContext: Context<Manager> = {}): Promise<PostedTcs> {
      const run = runner(sharedContext.transactionManager)
      let rows
      try {
        rows = tcsLedgerRows(input)
      } catch (e) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `TCS for ${input.counterparty_gstin} (${input.source_id}): ${(e as Error).message}`)
      }
      await run("SELECT pg_advisory_xact_lock(hashtext(?))", [`gst_tcs:${input.source_type}:${input.source_id}`])
      const existing = await run(
        `SELECT id FROM gst_ledger_entry WHERE entry_type = 'tcs' AND source_type = ? AND source_id LIKE ? AND deleted_at IS NULL ORDER BY id`,
        [input.source_type, `${input.source_id.replace(/[\\%_]/g, "\\$&")}:%`]
      )
      if (existing.length) {
        return { created: false, entry_ids: existing.map((r) => String(r.id)) }
      }
      const self = this as unknown as {
        createGstLedgerEntries: (data: Record<string, unknown>[], context: Context) => Promise<{ id: string }[]>
      }
      // Amounts go in as decimal strings, which the bigNumber columns keep exact.
      const created = await self.createGstLedgerEntries(rows, sharedContext)
      const ids = created.map((row) => row.id)
      return { created: true, entry_ids: ids }
    }

    /** Reverses every TCS row a source posted (the undo of a posting whose settlement was rolled back). */
    @InjectTransactionManager()
    async reverseTcsCollection(
      input: { source_type: string; source_id: string; reason: string },
      @MedusaContext() sharedContext: Context<Manager> = {}
    ): Promise<void> {
      const run = runner(sharedContext.transactionManager)
      const rows = await run(
        `SELECT id FROM gst_ledger_entry WHERE entry_type = 'tcs' AND source_type = ? AND source_id LIKE ? AND deleted_at IS NULL`,
        [input.source_type, `${input.source_id.replace(/[\\%_]/g, "\\$&")}:%`]
      )
      const self = this as unknown as { reverseLedgerEntry: (i: { id: string; reason: string }, c: Context) => Promise<unknown> }
      for (const row of rows) {
        await self.reverseLedgerEntry({ id: String(row.id), reason: input.reason }, sharedContext)
      }
    }

    /** Marks a GSTR-8 period closed: every supplier's TCS for it has been posted. Closing again changes nothing. */
    @InjectTransactionManager()
    async closeTcsPeriod(input: { gstin: string; period: string }, @MedusaContext() sharedContext: Context<Manager> = {}): Promise<TcsPeriodStatus> {
      const run = runner(sharedContext.transactionManager)
      await run(
        `INSERT INTO gst_tcs_period (id, gstin, period, closed_at) VALUES (?, ?, ?, now())
         ON CONFLICT (gstin, period) WHERE deleted_at IS NULL DO NOTHING`,
        [generateEntityId(undefined, "gsttcsp"), input.gstin, input.period]
      )
      return (await this.tcsPeriodStatus(input, sharedContext))!
    }

    /**
     * Records that the period's GSTR-8 was filed. Later postings for the period become amendments (tcsa) of
     * the next statement. Only a closed period can be filed; filing again returns the first filing.
     */
    @InjectTransactionManager()
    async fileTcsPeriod(
      input: { gstin: string; period: string; filed_by?: string | null; arn?: string | null },
      @MedusaContext() sharedContext: Context<Manager> = {}
    ): Promise<TcsPeriodStatus> {
      const run = runner(sharedContext.transactionManager)
      const [row] = await run(
        `UPDATE gst_tcs_period SET filed_at = COALESCE(filed_at, clock_timestamp()), filed_by = COALESCE(filed_by, ?), arn = COALESCE(arn, ?), updated_at = now()
         WHERE gstin = ? AND period = ? AND deleted_at IS NULL RETURNING id`,
        [input.filed_by ?? null, input.arn ?? null, input.gstin, input.period]
      )
      if (!row) {
        throw notClosed(input.gstin, input.period)
      }
      return (await this.tcsPeriodStatus(input, sharedContext))!
    }

    @InjectManager()
    async tcsPeriodStatus(input: { gstin: string; period: string }, @MedusaContext() sharedContext: Context<Manager> = {}): Promise<TcsPeriodStatus | null> {
      const run = runner(sharedContext.transactionManager ?? sharedContext.manager)
      const [row] = await run(
        `SELECT gstin, period, closed_at, filed_at, arn FROM gst_tcs_period WHERE gstin = ? AND period = ? AND deleted_at IS NULL`,
        [input.gstin, input.period]
      )
      return (row as TcsPeriodStatus | undefined) ?? null
    }

    /**
     * The GSTR-8 statement of a GSTIN and period: per supplier GSTIN its supplies, returns, net value and TCS
     * by head (tcs), and the revised figures of earlier periods amended since they were filed (tcsa).
     * A period whose settlements are not closed yet is refused: its figures are not final.
     */
    @InjectManager()
    async gstr8(input: { gstin: string; period: string }, @MedusaContext() sharedContext: Context<Manager> = {}): Promise<Gstr8Statement> {
      const status = await this.tcsPeriodStatus(input, sharedContext)
      if (!status?.closed_at) {
        throw notClosed(input.gstin, input.period)
      }
      const rows = (await runner(sharedContext.manager)(GSTR8_SQL, gstr8Bindings(input.gstin, input.period))) as unknown as Gstr8Row[]
      return {
        gstin: input.gstin,
        period: input.period,
        fp: gstr8Period(input.period),
        status,
        tcs: rows.filter((r) => r.section === "tcs"),
        tcsa: rows.filter((r) => r.section === "tcsa"),
        json: gstr8Json(input.gstin, input.period, rows),
        csv: gstr8Csv(rows),
      }
    }
  }
  return GstTcs
}

function notClosed(gstin: string, period: string) {
  // NOT_ALLOWED (400) rather than CONFLICT: Medusa replaces a 409's message with a generic one.
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `GSTR-8 for ${period} (${gstin}) is not ready: the period is not closed yet. Close the marketplace settlements for ${period} first (POST /admin/settlements/close); its TCS is posted as they close`
  )
}
