/**
 * GSTR-1 and GSTR-3B preparation over an SQL executor: the module service runs it on its own manager,
 * the benchmark on a plain pg client. Section JSON is produced by PostgreSQL and joined here as text,
 * so amounts stay exact decimal literals from the database to the file.
 */

import { formatMoney, parseMoney } from "@haat/india"
import {
  filingPeriod,
  Gstr1Section,
  HSN_SPLIT_FROM_PERIOD,
  inconsistencyReason,
  ReturnType,
} from "./rules"
import * as Q from "./sql"

/** Runs one statement with `?` bindings and returns its rows. */
export type SqlExecutor = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

export type ProgressReporter = (progress: number, stage: string) => Promise<void>

export type ReturnInput = { gstin: string; period: string }

export type SectionTotals = {
  section: string
  documents: number
  txval: string
  iamt: string
  camt: string
  samt: string
  csamt: string
}

export type Inconsistency = {
  number: string
  document_type: string
  issue_date: string
  stored_as: string
  reported_as: string
  reason: string
}

export type Gstr1Summary = {
  return_type: "GSTR1"
  gstin: string
  period: string
  fp: string
  sections: SectionTotals[]
  inconsistencies: { count: number; documents: Inconsistency[] }
}

export const GSTR1_SECTIONS = ["b2b", "b2cl", "b2cs", "exp", "cdnr", "cdnur", "hsn", "doc_issue"] as const
/** CSV files of a GSTR-1 export, named as the offline tool's worksheets. */
export const GSTR1_CSV_SECTIONS = ["b2b", "b2cl", "b2cs", "exp", "cdnr", "cdnur", "hsn_b2b", "hsn_b2c", "hsn", "docs"] as const
export type Gstr1CsvSection = (typeof GSTR1_CSV_SECTIONS)[number]

const ZERO = "0.00"
const ORDER = ["b2b", "b2cl", "b2cs", "exp", "cdnr", "cdnur"]

function sectionTotals(rows: Record<string, unknown>[]): SectionTotals[] {
  return rows
    .map((row) => ({
      section: String(row.section),
      documents: Number(row.documents),
      txval: String(row.txval ?? ZERO),
      iamt: String(row.iamt ?? ZERO),
      camt: String(row.camt ?? ZERO),
      samt: String(row.samt ?? ZERO),
      csamt: String(row.csamt ?? ZERO),
    }))
    .sort((a, b) => ORDER.indexOf(a.section) - ORDER.indexOf(b.section))
}

function inconsistencies(rows: Record<string, unknown>[]): Gstr1Summary["inconsistencies"] {
  return {
    count: rows.length ? Number(rows[0].total_count) : 0,
    documents: rows.map((row) => {
      const facts = {
        supply_type: row.supply_type as Gstr1Section,
        buyer_gstin: (row.buyer_gstin as string | null) ?? null,
        place_of_supply: String(row.pos),
        supplier_state_code: String(row.supplier_state_code),
        invoice_value: String(row.original_total ?? row.total),
        invoice_date: String(row.original_date ?? row.issue_date),
      }
      return {
        number: String(row.number),
        document_type: String(row.document_type),
        issue_date: String(row.issue_date),
        stored_as: facts.supply_type,
        reported_as: String(row.section),
        reason: inconsistencyReason(facts, row.section as Gstr1Section),
      }
    }),
  }
}

function firstText(rows: Record<string, unknown>[], column: string, fallback: string): string {
  const value = rows[0]?.[column]
  return typeof value === "string" ? value : fallback
}

/** Section counts and totals, and the inconsistent documents, for a GSTR-1 period: two statements, no temp tables. */
export async function previewGstr1(run: SqlExecutor, input: ReturnInput): Promise<Gstr1Summary> {
  const params = [input.gstin, input.period]
  const [totals, odd] = [await run(Q.SUMMARY_PREVIEW, params), await run(Q.INCONSISTENCIES_PREVIEW, params)]
  return {
    return_type: "GSTR1",
    gstin: input.gstin,
    period: input.period,
    fp: filingPeriod(input.period),
    sections: sectionTotals(totals),
    inconsistencies: inconsistencies(odd),
  }
}

export type PreparedReturn = {
  /** The whole stored result as JSON text: { return: <portal JSON>, summary, csv? }. */
  resultText: string
}

/**
 * GSTR-1 end to end. Must run inside one transaction (the temporary tables drop at its commit).
 * Progress is reported after the aggregate and after each section.
 */
export async function prepareGstr1(
  run: SqlExecutor,
  input: ReturnInput,
  options: { csv?: boolean; onProgress?: ProgressReporter } = {}
): Promise<PreparedReturn> {
  const report = options.onProgress ?? (async () => undefined)
  const params = [input.gstin, input.period]
  const split = input.period >= HSN_SPLIT_FROM_PERIOD

  // JIT compilation costs seconds and saves nothing here; 256 MB keeps the groupings in memory. Both settings,
  // like the others below, end with the transaction.
  await run("SET LOCAL work_mem = '256MB'")
  await run("SET LOCAL jit = off")
  // One pass over the month's invoice rollup, aggregated in parallel workers (see CREATE_LINES). A sort would be
  // the fallback only if the rollup's statistics were missing, and a slow one: hash or nothing.
  await run("SET LOCAL enable_sort = off")
  await run(Q.CREATE_LINES, [...params, ...params])
  await run("SET LOCAL enable_sort = on")
  await run(Q.CREATE_DOCS, params)
  // Temporary tables have no statistics until analysed; without them the planner guesses a handful of rows.
  // A small sample is enough to tell the sections apart.
  await run("SET LOCAL default_statistics_target = 10")
  await run(`ANALYZE ${Q.DOCS_TABLE} (id, status, section, is_note)`)
  await run(Q.CREATE_TOTALS)
  await run(Q.CREATE_ITEMS, params)
  await run(`ANALYZE ${Q.ITEMS_TABLE} (document_id, section, is_note)`)
  await report(30, "aggregated lines")

  const json: string[] = [`"gstin":${JSON.stringify(input.gstin)}`, `"fp":${JSON.stringify(filingPeriod(input.period))}`]
  // B2B reads its items from the rate rollup (gstin and period bound); the other sections from the items' table.
  const invoiceSections: Array<[string, string, unknown[]]> = [
    ["b2b", Q.SECTION_B2B, params],
    ["b2cl", Q.SECTION_B2CL, []],
    ["b2cs", Q.SECTION_B2CS, []],
    ["exp", Q.SECTION_EXP, []],
    ["cdnr", Q.SECTION_CDNR, []],
    ["cdnur", Q.SECTION_CDNUR, []],
  ]
  let progress = 30
  for (const [name, sql, bindings] of invoiceSections) {
    const text = firstText(await run(sql, bindings), "section", "[]")
    if (text !== "[]") {
      json.push(`${JSON.stringify(name)}:${text}`)
    }
    progress += 7
    await report(progress, name)
  }

  const hsnTabs = await run(Q.sectionHsn(split))
  if (hsnTabs.length) {
    json.push(`"hsn":{${hsnTabs.map((row) => `${JSON.stringify(row.tab)}:${row.section}`).join(",")}}`)
  }
  json.push(`"doc_issue":${firstText(await run(Q.SECTION_DOC_ISSUE), "section", '{"doc_det":[]}')}`)
  await report(80, "hsn and documents")

  const summary: Gstr1Summary = {
    return_type: "GSTR1",
    gstin: input.gstin,
    period: input.period,
    fp: filingPeriod(input.period),
    sections: sectionTotals(await run(Q.SUMMARY_FROM_TOTALS)),
    inconsistencies: inconsistencies(await run(Q.INCONSISTENCIES_FROM_DOCS)),
  }

  const parts = [`"return":{${json.join(",")}}`, `"summary":${JSON.stringify(summary)}`]
  if (options.csv !== false) {
    const csv: Record<string, string> = {}
    const single: Array<[Gstr1CsvSection, string, unknown[]]> = [
      ["b2b", Q.CSV_B2B, params],
      ["b2cl", Q.CSV_B2CL, []],
      ["b2cs", Q.CSV_B2CS, []],
      ["exp", Q.CSV_EXP, []],
      ["cdnr", Q.CSV_CDNR, []],
      ["cdnur", Q.CSV_CDNUR, []],
      ["docs", Q.CSV_DOCS, []],
    ]
    for (const [name, sql, bindings] of single) {
      csv[name] = firstText(await run(sql, bindings), "csv", "")
    }
    for (const row of await run(Q.csvHsn(split))) {
      csv[row.tab === "data" ? "hsn" : String(row.tab)] = String(row.csv)
    }
    parts.push(`"csv":${JSON.stringify(csv)}`)
  }
  await report(95, "csv")
  return { resultText: `{${parts.join(",")}}` }
}

// ---- GSTR-3B ----

type Heads = { txval: bigint; iamt: bigint; camt: bigint; samt: bigint; csamt: bigint }
const HEADS: Array<keyof Heads> = ["txval", "iamt", "camt", "samt", "csamt"]

function emptyHeads(): Heads {
  return { txval: 0n, iamt: 0n, camt: 0n, samt: 0n, csamt: 0n }
}

function addRow(into: Heads, row: Record<string, unknown>) {
  for (const head of HEADS) {
    into[head] += parseMoney(String(row[head] ?? ZERO))
  }
}

function pick<K extends keyof Heads>(heads: Heads, keys: K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, formatMoney(heads[k])])) as Record<K, string>
}

export type Gstr3bReturn = {
  gstin: string
  ret_period: string
  sup_details: {
    osup_det: Record<"txval" | "iamt" | "camt" | "samt" | "csamt", string>
    osup_zero: Record<"txval" | "iamt" | "csamt", string>
    osup_nil_exmp: Record<"txval", string>
    isup_rev: Record<"txval" | "iamt" | "camt" | "samt" | "csamt", string>
    osup_nongst: Record<"txval", string>
  }
  inter_sup: {
    unreg_details: Array<{ pos: string; txval: string; iamt: string }>
    comp_details: Array<{ pos: string; txval: string; iamt: string }>
    uin_details: Array<{ pos: string; txval: string; iamt: string }>
  }
}

export type Gstr3bResult = {
  return_type: "GSTR3B"
  gstin: string
  period: string
  gstr3b: Gstr3bReturn
  /** Outward supplies on which the recipient pays tax (reverse charge): shown apart, not in 3.1(a). */
  outward_reverse_charge: Record<"txval" | "iamt" | "camt" | "samt" | "csamt", string>
  /** Output tax per head in the GST ledger against what tables 3.1(a)+(b) report. */
  ledger: {
    ledger: Record<"IGST" | "CGST" | "SGST_UTGST" | "CESS", string>
    returns: Record<"IGST" | "CGST" | "SGST_UTGST" | "CESS", string>
    matches: boolean
  }
}

/** GSTR-3B 3.1 and 3.2 from the period's documents (one statement) and the ledger check (one statement). */
export async function computeGstr3b(run: SqlExecutor, input: ReturnInput): Promise<Gstr3bResult> {
  const params = [input.gstin, input.period]
  const rows = await run(Q.GSTR3B_ROWS, params)
  const byCategory: Record<string, Heads> = {
    taxable: emptyHeads(),
    zero_rated: emptyHeads(),
    nil_exempt: emptyHeads(),
    reverse_charge: emptyHeads(),
  }
  const interState: Record<"unregistered" | "uin", Map<string, Heads>> = { unregistered: new Map(), uin: new Map() }
  for (const row of rows) {
    addRow(byCategory[String(row.category)], row)
    const recipient = row.recipient as "unregistered" | "uin" | null
    if (recipient && row.category === "taxable") {
      const byPos = interState[recipient]
      const heads = byPos.get(String(row.pos)) ?? emptyHeads()
      addRow(heads, row)
      byPos.set(String(row.pos), heads)
    }
  }
  const interRows = (byPos: Map<string, Heads>) =>
    [...byPos.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([pos, heads]) => ({ pos, ...pick(heads, ["txval", "iamt"]) }))

  const ledgerRows = await run(Q.LEDGER_TOTALS, params)
  const ledgerHead = (...heads: string[]) =>
    ledgerRows.filter((r) => heads.includes(String(r.tax_head))).reduce((sum, r) => sum + parseMoney(String(r.amount)), 0n)
  const ledger = {
    IGST: ledgerHead("IGST"),
    CGST: ledgerHead("CGST"),
    SGST_UTGST: ledgerHead("SGST", "UTGST"),
    CESS: ledgerHead("CESS"),
  }
  const { taxable, zero_rated } = byCategory
  const reported = {
    IGST: taxable.iamt + zero_rated.iamt,
    CGST: taxable.camt + zero_rated.camt,
    SGST_UTGST: taxable.samt + zero_rated.samt,
    CESS: taxable.csamt + zero_rated.csamt,
  }
  const format = (heads: typeof ledger) =>
    Object.fromEntries(Object.entries(heads).map(([k, v]) => [k, formatMoney(v)])) as Record<keyof typeof ledger, string>

  return {
    return_type: "GSTR3B",
    gstin: input.gstin,
    period: input.period,
    gstr3b: {
      gstin: input.gstin,
      ret_period: filingPeriod(input.period),
      sup_details: {
        osup_det: pick(taxable, ["txval", "iamt", "camt", "samt", "csamt"]),
        osup_zero: pick(zero_rated, ["txval", "iamt", "csamt"]),
        osup_nil_exmp: pick(byCategory.nil_exempt, ["txval"]),
        // Inward supplies under reverse charge come from purchases (GSTR-2B), which Haat does not record.
        isup_rev: pick(emptyHeads(), ["txval", "iamt", "camt", "samt", "csamt"]),
        // Non-GST supplies (e.g. alcohol for human consumption) are not sold through Haat's documents.
        osup_nongst: pick(emptyHeads(), ["txval"]),
      },
      inter_sup: {
        unreg_details: interRows(interState.unregistered),
        // Haat does not know whether a buyer's GSTIN is under composition; such supplies stay in 3.1(a).
        comp_details: [],
        uin_details: interRows(interState.uin),
      },
    },
    outward_reverse_charge: pick(byCategory.reverse_charge, ["txval", "iamt", "camt", "samt", "csamt"]),
    ledger: {
      ledger: format(ledger),
      returns: format(reported),
      matches: (Object.keys(ledger) as Array<keyof typeof ledger>).every((k) => ledger[k] === reported[k]),
    },
  }
}

/**
 * GSTR-3B's result as stored: amounts are exact decimal strings in the summary and turned into JSON
 * number literals in the portal JSON (the portal wants numbers), without passing through floats.
 */
export function gstr3bResultText(result: Gstr3bResult): string {
  const portal = JSON.stringify(result.gstr3b).replace(/"(-?\d+\.\d{2})"/g, "$1")
  return `{"return":${portal},"summary":${JSON.stringify(result)}}`
}

export async function prepareReturn(
  run: SqlExecutor,
  returnType: ReturnType,
  input: ReturnInput,
  onProgress?: ProgressReporter
): Promise<PreparedReturn> {
  if (returnType === "GSTR1") {
    return prepareGstr1(run, input, { onProgress })
  }
  return { resultText: gstr3bResultText(await computeGstr3b(run, input)) }
}
