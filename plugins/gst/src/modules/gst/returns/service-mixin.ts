import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import { computeGstr3b, Gstr1Summary, Gstr3bResult, prepareReturn, previewGstr1, ProgressReporter, SqlExecutor } from "./prepare"
import type { ReturnType } from "./rules"

type Manager = SqlEntityManager

function executorOf(manager: Manager | undefined): SqlExecutor {
  if (!manager) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The GST module has no database manager in this context")
  }
  return (sql, params = []) => manager.execute(sql, params as unknown[]) as Promise<Record<string, unknown>[]>
}

export type GstReturnExportStatus = {
  id: string
  return_type: ReturnType | "GSTR8"
  gstin: string
  period: string
  status: "pending" | "running" | "done" | "failed"
  progress: number
  error: string | null
  requested_by: string | null
  created_at: string
  updated_at: string
  /** Section totals (GSTR-1) or tables 3.1/3.2 with the ledger check (GSTR-3B), once done. */
  summary: Gstr1Summary | Gstr3bResult | null
}

const STATUS_COLUMNS = `id, return_type, gstin, period, status, progress, error, requested_by, created_at, updated_at`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base constructor takes any arguments
type Constructor = new (...args: any[]) => object

/**
 * GSTR-1 / GSTR-3B methods of the GST module service, kept in their own file and mixed into the service
 * class (`class GstModuleService extends withGstReturns(MedusaService({...}))`). Set-based SQL on the
 * module's own manager; never a loop over service calls.
 */
export function withGstReturns<TBase extends Constructor>(Base: TBase) {
  class GstReturns extends Base {
    /** Quick synchronous summary: GSTR-1 section counts and totals, or GSTR-3B tables with the ledger check. */
    @InjectManager()
    async previewGstReturn(
      input: { return_type: ReturnType; gstin: string; period: string },
      @MedusaContext() sharedContext: Context<Manager> = {}
    ): Promise<Gstr1Summary | Gstr3bResult> {
      const run = executorOf(sharedContext.manager)
      const target = { gstin: input.gstin, period: input.period }
      return input.return_type === "GSTR1" ? previewGstr1(run, target) : computeGstr3b(run, target)
    }

    /**
     * Prepares a return in one transaction (GSTR-1's temporary tables live in it) and returns the result
     * as JSON text. `onProgress` must write through another connection: this transaction is not yet visible.
     */
    @InjectTransactionManager()
    async prepareGstReturn(
      input: { return_type: ReturnType; gstin: string; period: string },
      onProgress?: ProgressReporter,
      @MedusaContext() sharedContext: Context<Manager> = {}
    ): Promise<string> {
      const run = executorOf(sharedContext.transactionManager)
      const prepared = await prepareReturn(run, input.return_type, { gstin: input.gstin, period: input.period }, onProgress)
      return prepared.resultText
    }

    /** Stores a prepared result as jsonb straight from its text, so its decimal literals stay exact. */
    @InjectManager()
    async storeGstReturnResult(id: string, resultText: string, @MedusaContext() sharedContext: Context<Manager> = {}) {
      await executorOf(sharedContext.manager)(
        `UPDATE gst_return_export SET result = ?::jsonb, status = 'done', progress = 100, error = NULL, updated_at = now() WHERE id = ?`,
        [resultText, id]
      )
    }

    /** An export's state and summary, without its (possibly large) result. */
    @InjectManager()
    async retrieveGstReturnExportStatus(
      id: string,
      @MedusaContext() sharedContext: Context<Manager> = {}
    ): Promise<GstReturnExportStatus> {
      const [row] = await executorOf(sharedContext.manager)(
        `SELECT ${STATUS_COLUMNS}, result->'summary' AS summary FROM gst_return_export WHERE id = ? AND deleted_at IS NULL`,
        [id]
      )
      if (!row) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `GST return export ${id} was not found`)
      }
      return row as unknown as GstReturnExportStatus
    }

    /**
     * A finished export's file as text: the portal JSON, or one section's CSV. Read with ::text / ->> so the
     * numbers come out exactly as stored. Null when the export has no such section.
     */
    @InjectManager()
    async readGstReturnFile(
      id: string,
      file: { format: "json" } | { format: "csv"; section: string },
      @MedusaContext() sharedContext: Context<Manager> = {}
    ): Promise<string | null> {
      const run = executorOf(sharedContext.manager)
      const [row] =
        file.format === "json"
          ? await run(`SELECT (result->'return')::text AS file FROM gst_return_export WHERE id = ?`, [id])
          : await run(`SELECT result->'csv'->>? AS file FROM gst_return_export WHERE id = ?`, [file.section, id])
      return (row?.file as string | null | undefined) ?? null
    }
  }
  return GstReturns
}
