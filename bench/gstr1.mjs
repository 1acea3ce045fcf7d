#!/usr/bin/env node
// GSTR-1 benchmark: one month of 100,000 invoices / 1,000,000 lines (plus 2,000 credit notes), then
// (a) the plugin's GSTR-1 preparation end to end (every section, the portal JSON; and with the CSVs), against
// (b) a plain SQL baseline: one GROUP BY of the same lines by rate and place of supply.
// Both run in the same process against the same database, a few times each; the medians and their ratio
// are printed (target: GSTR-1 JSON ≤ 3× the baseline).
//
//   npm run bench -- gstr1          (or node bench/gstr1.mjs; needs the built plugin: npm run build -w @haat/gst)
//   DATABASE_URL=postgres://user@host:5432/postgres INVOICES=20000 RUNS=3 npm run bench -- gstr1
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { builtGstModule as built, median, migrateGst as migrate, time, withClient } from "./lib/gst-db.mjs"

const require = createRequire(import.meta.url)
const DB = "haat_bench_gstr1"
const INVOICES = Number(process.env.INVOICES ?? 100_000)
const LINES_PER_INVOICE = 10
const CREDIT_NOTES = Math.round(INVOICES / 50)
const RUNS = Number(process.env.RUNS ?? 5)
const GSTIN = "24AAACH1234F1Z9"
const PERIOD = "2024-08"

/** The executor the plugin's returns code takes: `?` bindings, rows back. */
function executor(client) {
  return async (sql, params = []) => {
    let index = 0
    const text = params.length ? sql.replace(/\?/g, () => `$${++index}`) : sql
    const started = process.hrtime.bigint()
    const rows = (await client.query(text, params)).rows
    if (process.env.BENCH_TRACE) {
      console.log(`${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0).padStart(6)} ms  ${sql.replace(/\s+/g, " ").slice(0, 90)}`)
    }
    return rows
  }
}

const STATES = ["01", "03", "06", "07", "08", "09", "10", "19", "21", "23", "27", "29", "32", "33", "36", "37"]
const RAW = `'{"value":"0","precision":20}'::jsonb`

async function generate(client) {
  const states = `ARRAY[${STATES.map((s) => `'${s}'`).join(",")}]`
  // kind by g % 100: 0-24 B2B, 25-27 B2C Large, 28-29 export, 30-69 B2C intra-State, 70-99 B2C inter-State.
  await client.query(`
    INSERT INTO gst_tax_document (id, document_type, number, series_id, financial_year, issue_date, period, status,
      supplier_gstin, supplier_legal_name, supplier_state_code, supplier_address, buyer_gstin, buyer_name, place_of_supply,
      supply_type, export_type, sez, reverse_charge, taxable_value, total, raw_taxable_value, raw_total)
    SELECT 'doc_' || g, 'invoice', 'INV/' || g, 'ser_inv', '2024-25', '2024-08-' || lpad((1 + g % 31)::text, 2, '0'), '${PERIOD}',
      CASE WHEN g % 500 = 0 THEN 'cancelled' ELSE 'issued' END,
      '${GSTIN}', 'Bench Traders', '24', '{}'::jsonb,
      CASE WHEN k < 25 THEN (${states})[1 + (g / 100) % ${STATES.length}] || 'AAACB' || lpad((g % 9000)::text, 4, '0') || 'C1Z' || (g % 10) END,
      'Buyer ' || g,
      CASE WHEN k < 25 THEN (${states})[1 + (g / 100) % ${STATES.length}] WHEN k < 28 THEN (${states})[1 + g % ${STATES.length}]
        WHEN k < 30 THEN '96' WHEN k < 70 THEN '24' ELSE (${states})[1 + g % ${STATES.length}] END,
      CASE WHEN k < 25 THEN 'b2b' WHEN k < 28 THEN 'b2cl' WHEN k < 30 THEN 'exp' ELSE 'b2cs' END,
      CASE WHEN k = 28 THEN 'WPAY' WHEN k = 29 THEN 'WOPAY' END,
      false, false, 0, 0, ${RAW}, ${RAW}
    FROM (SELECT g, g % 100 AS k FROM generate_series(1, ${INVOICES}) g) s`)
  await client.query(`
    INSERT INTO gst_tax_document_line (id, document_id, line_type, description, hsn_code, uqc, quantity, unit_price,
      taxable_value, rate, igst, cgst, sgst, total, raw_quantity, raw_unit_price, raw_taxable_value, raw_rate, raw_total)
    SELECT 'line_' || x.n || '_' || x.i, x.id, 'item', 'Item', x.hsn, 'NOS', x.qty, round(x.tx / x.qty, 2), x.tx, x.rate,
      x.igst, x.half, x.half, x.tx + x.igst + 2 * x.half, ${RAW}, ${RAW}, ${RAW}, ${RAW}, ${RAW}
    FROM (
      SELECT y.*,
        CASE WHEN y.intra OR y.export_type = 'WOPAY' THEN 0 ELSE round(y.tx * y.rate / 100, 2) END AS igst,
        CASE WHEN y.intra THEN round(y.tx * y.rate / 200, 2) ELSE 0 END AS half
      FROM (
        SELECT substr(d.id, 5)::int AS n, i, d.id, d.export_type, d.place_of_supply = d.supplier_state_code AS intra,
          (ARRAY[5, 12, 18, 18, 18, 28, 5, 0, 12, 18])[1 + (substr(d.id, 5)::int + i * 7) % 10]::numeric AS rate,
          (1000 + (substr(d.id, 5)::int * 13 + i * 97) % 400)::text AS hsn,
          1 + (substr(d.id, 5)::int + i) % 5 AS qty,
          CASE WHEN d.supply_type = 'b2cl' THEN 15000 + (substr(d.id, 5)::int * 31 + i * 17) % 5000
            ELSE round((100 + (substr(d.id, 5)::int * 31 + i * 17) % 4900) + i / 100.0, 2) END::numeric AS tx
        FROM gst_tax_document d CROSS JOIN generate_series(1, ${LINES_PER_INVOICE}) i
      ) y
    ) x`)
  // Credit notes against every 50th invoice, two lines each, copying the invoice's first two lines.
  await client.query(`
    INSERT INTO gst_tax_document (id, document_type, number, series_id, financial_year, issue_date, period, status,
      original_document_id, original_number, original_issue_date, supplier_gstin, supplier_legal_name, supplier_state_code,
      supplier_address, buyer_gstin, buyer_name, place_of_supply, supply_type, export_type, sez, reverse_charge,
      taxable_value, total, raw_taxable_value, raw_total)
    SELECT 'cn_' || substr(d.id, 5), 'credit_note', 'CN/' || substr(d.id, 5), 'ser_cn', '2024-25', '2024-08-31', '${PERIOD}', 'issued',
      d.id, d.number, d.issue_date, d.supplier_gstin, d.supplier_legal_name, d.supplier_state_code, d.supplier_address,
      d.buyer_gstin, d.buyer_name, d.place_of_supply, d.supply_type, d.export_type, d.sez, d.reverse_charge, 0, 0, ${RAW}, ${RAW}
    FROM gst_tax_document d WHERE d.document_type = 'invoice' AND d.status = 'issued' AND substr(d.id, 5)::int % 25 = 1
    LIMIT ${CREDIT_NOTES}`)
  await client.query(`
    INSERT INTO gst_tax_document_line (id, document_id, line_type, description, hsn_code, uqc, quantity, unit_price,
      taxable_value, rate, igst, cgst, sgst, total, raw_quantity, raw_unit_price, raw_taxable_value, raw_rate, raw_total)
    SELECT 'cnl_' || l.id, 'cn_' || substr(l.document_id, 5), l.line_type, l.description, l.hsn_code, l.uqc, l.quantity, l.unit_price,
      l.taxable_value, l.rate, l.igst, l.cgst, l.sgst, l.total, ${RAW}, ${RAW}, ${RAW}, ${RAW}, ${RAW}
    FROM gst_tax_document_line l JOIN gst_tax_document c ON c.id = 'cn_' || substr(l.document_id, 5)
    WHERE l.id LIKE '%\\_1' OR l.id LIKE '%\\_2'`)
  await client.query(`
    UPDATE gst_tax_document d SET taxable_value = s.tx, igst = s.igst, cgst = s.cgst, sgst = s.sgst, total = s.total
    FROM (SELECT document_id, SUM(taxable_value) tx, SUM(igst) igst, SUM(cgst) cgst, SUM(sgst) sgst, SUM(total) total
      FROM gst_tax_document_line GROUP BY document_id) s
    WHERE s.document_id = d.id`)
  await client.query("VACUUM ANALYZE gst_tax_document")
  await client.query("VACUUM ANALYZE gst_tax_document_line")
  const [{ documents, lines }] = (
    await client.query(`SELECT (SELECT count(*) FROM gst_tax_document)::int AS documents, (SELECT count(*) FROM gst_tax_document_line)::int AS lines`)
  ).rows
  return { documents, lines }
}

const ROLLUP_BATCH = 1000

/**
 * GSTR-1 reads the rollup the service writes when it issues a document (returns/sql.ts, INSERT_ROLLUP). The
 * generated documents get theirs from that very statement, in batches of documents.
 */
async function writeRollup(client) {
  const { INSERT_ROLLUP, ROLLUP_TABLE } = require(path.join(built, "returns/sql.js"))
  const run = executor(client)
  const ids = (await client.query("SELECT id FROM gst_tax_document ORDER BY id")).rows.map((row) => row.id)
  for (let i = 0; i < ids.length; i += ROLLUP_BATCH) {
    await run(INSERT_ROLLUP, [ids.slice(i, i + ROLLUP_BATCH)])
  }
  await client.query(`VACUUM ANALYZE ${ROLLUP_TABLE}`)
  return (await client.query(`SELECT count(*)::int AS rows FROM ${ROLLUP_TABLE}`)).rows[0].rows
}

/**
 * The baseline: a plain GROUP BY of the month's lines by rate and place of supply, every head summed. It runs with
 * the session settings GSTR-1 gives itself (work_mem, no JIT), so neither side gains from a setting the other lacks.
 */
const BASELINE = `SELECT l.rate, d.place_of_supply, SUM(l.taxable_value) AS txval, SUM(l.igst) AS iamt, SUM(l.cgst) AS camt,
  SUM(l.sgst) AS samt, SUM(l.cess) AS csamt, count(*) AS lines
FROM gst_tax_document_line l JOIN gst_tax_document d ON d.id = l.document_id
WHERE d.supplier_gstin = $1 AND d.period = $2 AND d.deleted_at IS NULL AND l.deleted_at IS NULL
GROUP BY l.rate, d.place_of_supply`

async function main() {
  const { prepareGstr1 } = require(path.join(built, "returns/prepare.js"))
  const reuse = !!process.env.BENCH_REUSE_DB
  if (!reuse) {
    await withClient("postgres", async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
      await admin.query(`CREATE DATABASE ${DB}`)
    })
  }
  try {
    await withClient(DB, async (client) => {
      if (!reuse) {
        await migrate(client)
        const setup = await time(() => generate(client))
        console.log(`generated ${setup.value.documents} documents / ${setup.value.lines} lines in ${(setup.ms / 1000).toFixed(1)} s`)
        const rollup = await time(() => writeRollup(client))
        console.log(`rollup written as issuing writes it (INSERT_ROLLUP, ${ROLLUP_BATCH} documents a statement): ${rollup.value} rows in ${(rollup.ms / 1000).toFixed(1)} s (untimed below)`)
      }

      const run = executor(client)
      const prepare = async (csv) => {
        await client.query("BEGIN")
        try {
          return (await prepareGstr1(run, { gstin: GSTIN, period: PERIOD }, { csv })).resultText
        } finally {
          await client.query("COMMIT")
        }
      }
      const baseline = async () => {
        await client.query("BEGIN")
        try {
          await client.query("SET LOCAL work_mem = '256MB'")
          await client.query("SET LOCAL jit = off")
          return (await client.query(BASELINE, [GSTIN, PERIOD])).rows
        } finally {
          await client.query("COMMIT")
        }
      }
      // One warm-up of each, so every contender reads from a warm cache.
      const sample = await prepare(false)
      await baseline()

      const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" / ")
      const loadBefore = load()
      const timings = { baseline: [], json: [], jsonCsv: [] }
      for (let i = 0; i < RUNS; i++) {
        timings.baseline.push((await time(baseline)).ms)
        timings.json.push((await time(() => prepare(false))).ms)
        timings.jsonCsv.push((await time(() => prepare(true))).ms)
      }
      const b = median(timings.baseline)
      const j = median(timings.json)
      const c = median(timings.jsonCsv)
      const sections = Object.keys(JSON.parse(sample).return).join(", ")
      console.log(`GSTR-1 sections: ${sections}; JSON ${(sample.length / 1e6).toFixed(1)} MB`)
      console.log(`runs: ${RUNS}; load average (1 / 5 / 15 min) ${loadBefore} before, ${load()} after, on ${os.cpus().length} cores`)
      console.log(`baseline GROUP BY (rate, place of supply): median ${b.toFixed(0)} ms  [${timings.baseline.map((t) => t.toFixed(0)).join(", ")}]`)
      console.log(`GSTR-1 JSON, all sections:                 median ${j.toFixed(0)} ms  [${timings.json.map((t) => t.toFixed(0)).join(", ")}]`)
      console.log(`GSTR-1 JSON + offline-tool CSVs:           median ${c.toFixed(0)} ms  [${timings.jsonCsv.map((t) => t.toFixed(0)).join(", ")}]`)
      console.log(`ratio GSTR-1 JSON / baseline: ${(j / b).toFixed(2)}x (target <= 3x); with CSVs: ${(c / b).toFixed(2)}x`)
    })
  } finally {
    if (!process.env.BENCH_KEEP_DB && !reuse) {
      await withClient("postgres", (admin) => admin.query(`DROP DATABASE IF EXISTS ${DB}`))
    }
  }
}

/** `npm run bench -- gstr1` (bench/run.mjs awaits the default export). */
export default async function gstr1() {
  await main()
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
