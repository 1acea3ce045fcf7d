#!/usr/bin/env node
// GSTR-8 benchmark: one month (July 2024, across the 10 Jul TCS rate cut) of 1,000 distributors and 500,000
// order lines, settled into the GST ledger as the app posts it (one TCS row per head, rate and buyer kind of
// each distributor's settlement), among 24 earlier months of TCS rows and 300,000 output-tax rows of the same
// GSTIN. Then, in the same process against the same database, a few times each:
//   (a) GSTR-8 through the plugin's code: the gstr8 SQL (tcs + tcsa over the ledger) and the JSON and CSV files;
//   (b) the baseline: one plain GROUP BY of the month's TCS ledger rows by supplier and head.
// It also checks that GSTR-8's figures equal a GROUP BY over the 500,000 order lines themselves, and times that.
//
//   npm run bench -- gstr8        (needs the built plugin: npm run build -w @haat/gst)
//   DATABASE_URL=postgres://user@host:5432/postgres LINES=100000 RUNS=3 npm run bench -- gstr8
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { builtGstModule as built, median, migrateGst as migrate, time, withClient } from "./lib/gst-db.mjs"

const require = createRequire(import.meta.url)
const DB = "haat_bench_gstr8"
const DISTRIBUTORS = Number(process.env.DISTRIBUTORS ?? 1_000)
const LINES = Number(process.env.LINES ?? 500_000)
const RUNS = Number(process.env.RUNS ?? 5)
const OPERATOR = "24AAHCH4821K1ZK"
const PERIOD = "2024-07"

const RAW = `'{"value":"0","precision":20}'::jsonb`

async function generate(client) {
  // Distributors: GSTIN-shaped ids, a quarter in Gujarat (intra-State to Ahmedabad buyers), the rest elsewhere.
  await client.query(`
    CREATE TABLE bench_distributor AS
    SELECT d, CASE WHEN d % 4 = 0 THEN '24' ELSE (ARRAY['27','29','07','33','09','19'])[1 + d % 6] END || 'AABCD' || lpad(d::text, 4, '0') || 'E1Z' || (d % 10) AS gstin
    FROM generate_series(1, ${DISTRIBUTORS}) d`)
  // The month's order lines: day 1-31, value before GST, 2% returned, 5% to registered buyers; places of supply
  // mostly Gujarat. Each line carries what a settlement needs: its TCS rate by date and its nature.
  await client.query(`
    CREATE TABLE bench_supply_line AS
    SELECT g, dist.gstin, day,
      CASE WHEN day >= 10 THEN 0.5 ELSE 1 END::numeric AS rate,
      (substr(dist.gstin, 1, 2) = pos) AS intra,
      (g % 20 = 0) AS registered,
      round((100 + (g * 37) % 9900) + (g % 100) / 100.0, 2)::numeric AS taxable,
      (g % 50 = 0) AS returned
    FROM (SELECT g, 1 + g % ${DISTRIBUTORS} AS d, 1 + (g * 7) % 31 AS day,
            CASE WHEN g % 10 < 8 THEN '24' ELSE '27' END AS pos
          FROM generate_series(1, ${LINES}) g) l
    JOIN bench_distributor dist ON dist.d = l.d`)
  // The settlements' TCS, as the app posts it: per distributor, rate, nature and buyer kind, the net value and
  // each head at its rate, rounded once (half-up) on the group's total.
  await client.query(`
    WITH groups AS (
      SELECT gstin, rate, intra, registered, SUM(taxable) AS supplies, SUM(taxable) FILTER (WHERE returned) AS returns
      FROM bench_supply_line GROUP BY gstin, rate, intra, registered
    ), nets AS (
      SELECT *, GREATEST(supplies - COALESCE(returns, 0), 0) AS net FROM groups
    ), heads AS (
      SELECT n.*, h.head, CASE WHEN n.intra THEN n.rate / 2 ELSE n.rate END AS head_rate
      FROM nets n CROSS JOIN LATERAL (SELECT unnest(CASE WHEN n.intra THEN ARRAY['CGST','SGST'] ELSE ARRAY['IGST'] END) AS head) h
    )
    INSERT INTO gst_ledger_entry (id, entry_type, source_type, source_id, gstin, counterparty_gstin, period, entry_date, tax_head,
      taxable_value, amount, rate, supplies_value, returns_value, buyer_registered, raw_taxable_value, raw_amount)
    SELECT 'gstle_b' || row_number() OVER (), 'tcs', 'marketplace_settlement',
      'stl_' || gstin || ':' || rate || '%:' || CASE WHEN registered THEN 'R' ELSE 'U' END, '${OPERATOR}', gstin, '${PERIOD}', '2024-08-01',
      head, net, round(net * head_rate / 100, 2), head_rate, supplies, COALESCE(returns, 0), registered, ${RAW}, ${RAW}
    FROM heads`)
  // History: 24 earlier months of TCS rows for the same distributors, and output tax on the operator's own sales.
  await client.query(`
    INSERT INTO gst_ledger_entry (id, entry_type, source_type, source_id, gstin, counterparty_gstin, period, entry_date, tax_head,
      taxable_value, amount, rate, supplies_value, returns_value, buyer_registered, raw_taxable_value, raw_amount, created_at)
    SELECT 'gstle_h' || m || '_' || d.d, 'tcs', 'marketplace_settlement', 'stl_h' || m || '_' || d.d || ':1%:U', '${OPERATOR}', d.gstin,
      to_char(date '2022-07-01' + (m || ' month')::interval, 'YYYY-MM'), '2022-07-01', 'IGST', 10000, 100, 1, 10000, 0, false, ${RAW}, ${RAW},
      now() - interval '3 hours'
    FROM generate_series(0, 23) m CROSS JOIN bench_distributor d`)
  await client.query(`
    INSERT INTO gst_ledger_entry (id, entry_type, source_type, source_id, gstin, period, entry_date, tax_head, taxable_value, amount,
      raw_taxable_value, raw_amount)
    SELECT 'gstle_o' || g, 'output_tax', 'gst_tax_document', 'gstdoc_' || (g / 2), '${OPERATOR}',
      to_char(date '2023-07-01' + ((g % 13) || ' month')::interval, 'YYYY-MM'), '2024-07-15', CASE WHEN g % 2 = 0 THEN 'CGST' ELSE 'SGST' END,
      1000, 25, ${RAW}, ${RAW}
    FROM generate_series(1, 300000) g`)
  // Every earlier month was closed and filed (an hour ago); July is closed. Ten distributors' June TCS is posted
  // late, after June was filed: July's statement reports it as amendments (tcsa).
  await client.query(`
    INSERT INTO gst_tcs_period (id, gstin, period, closed_at, filed_at)
    SELECT 'gsttcsp_h' || m, '${OPERATOR}', to_char(date '2022-07-01' + (m || ' month')::interval, 'YYYY-MM'), now() - interval '2 hours', now() - interval '1 hour'
    FROM generate_series(0, 23) m`)
  await client.query(`INSERT INTO gst_tcs_period (id, gstin, period, closed_at) VALUES ('gsttcsp_b', '${OPERATOR}', '${PERIOD}', now())`)
  await client.query(`
    INSERT INTO gst_ledger_entry (id, entry_type, source_type, source_id, gstin, counterparty_gstin, period, entry_date, tax_head,
      taxable_value, amount, rate, supplies_value, returns_value, buyer_registered, raw_taxable_value, raw_amount)
    SELECT 'gstle_l' || d.d, 'tcs', 'marketplace_settlement', 'stl_late_' || d.d || ':1%:U', '${OPERATOR}', d.gstin, '2024-06', '2024-07-15',
      'IGST', 500, 5, 1, 500, 0, false, ${RAW}, ${RAW}
    FROM bench_distributor d WHERE d.d <= 10`)
  await client.query("VACUUM ANALYZE gst_ledger_entry")
  await client.query("VACUUM ANALYZE bench_supply_line")
  const [{ ledger, tcs }] = (
    await client.query(`SELECT count(*)::int AS ledger, count(*) FILTER (WHERE entry_type = 'tcs' AND period = '${PERIOD}')::int AS tcs FROM gst_ledger_entry`)
  ).rows
  return { ledger, tcs }
}

/** The baseline: a plain GROUP BY of the month's TCS rows by supplier and head. */
const BASELINE = `SELECT counterparty_gstin, tax_head, SUM(taxable_value) AS net, SUM(amount) AS amount, SUM(supplies_value) AS supplies
FROM gst_ledger_entry WHERE entry_type = 'tcs' AND gstin = $1 AND period = $2 AND deleted_at IS NULL
GROUP BY counterparty_gstin, tax_head`

/** For the check and for scale: the month's figures straight from the 500,000 order lines. */
const FROM_LINES = `SELECT gstin, SUM(taxable) AS supplies, SUM(taxable) FILTER (WHERE returned) AS returns FROM bench_supply_line GROUP BY gstin`

export default async function main() {
  const { GSTR8_SQL, gstr8Bindings } = require(path.join(built, "tcs/gstr8-sql.js"))
  const { gstr8Csv, gstr8Json } = require(path.join(built, "tcs/rules.js"))
  await withClient("postgres", async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
    await admin.query(`CREATE DATABASE ${DB}`)
  })
  try {
    await withClient(DB, async (client) => {
      await migrate(client)
      const setup = await time(() => generate(client))
      console.log(
        `generated ${LINES} order lines of ${DISTRIBUTORS} distributors → ${setup.value.tcs} TCS ledger rows for ${PERIOD} among ${setup.value.ledger} ledger rows, in ${(setup.ms / 1000).toFixed(1)} s`
      )

      // The plugin's GSTR-8 as the route runs it: the statement, then both files.
      const gstr8 = async () => {
        let index = 0
        const text = GSTR8_SQL.replace(/\?/g, () => `$${++index}`)
        const rows = (await client.query(text, gstr8Bindings(OPERATOR, PERIOD))).rows
        return { rows, json: gstr8Json(OPERATOR, PERIOD, rows), csv: gstr8Csv(rows) }
      }
      const sample = await gstr8()
      await client.query(BASELINE, [OPERATOR, PERIOD])
      const direct = (await client.query(FROM_LINES)).rows

      // GSTR-8's supplies and returns per supplier are the order lines' own sums.
      const bySupplier = new Map(direct.map((r) => [r.gstin, r]))
      const cents = (v) => BigInt(String(v ?? "0").replace(".", ""))
      let mismatches = 0
      const tcs = sample.rows.filter((r) => r.section === "tcs")
      for (const row of tcs) {
        const d = bySupplier.get(row.stin)
        const supplies = cents(row.sup_r) + cents(row.sup_u)
        const returns = cents(row.retsup_r) + cents(row.retsup_u)
        if (!d || supplies !== cents(d.supplies) || returns !== cents(d.returns ?? "0.00")) mismatches++
      }
      const amendments = sample.rows.filter((r) => r.section === "tcsa")
      if (tcs.length !== DISTRIBUTORS || mismatches || amendments.length !== 10 || amendments.some((r) => r.iamt !== "105.00")) {
        throw new Error(`GSTR-8 disagrees with the order lines: ${tcs.length} suppliers, ${mismatches} mismatches, ${amendments.length} amendments`)
      }

      const timings = { baseline: [], gstr8: [], lines: [] }
      for (let i = 0; i < RUNS; i++) {
        timings.baseline.push((await time(() => client.query(BASELINE, [OPERATOR, PERIOD]))).ms)
        timings.gstr8.push((await time(() => gstr8())).ms)
        timings.lines.push((await time(() => client.query(FROM_LINES))).ms)
      }
      const b = median(timings.baseline)
      const g = median(timings.gstr8)
      const l = median(timings.lines)
      const list = (values) => values.map((t) => t.toFixed(0)).join(", ")
      console.log(`GSTR-8: ${sample.rows.filter((r) => r.section === "tcs").length} suppliers in tcs, ${sample.rows.filter((r) => r.section === "tcsa").length} amendments in tcsa; JSON ${(sample.json.length / 1e3).toFixed(0)} kB, CSV ${(sample.csv.length / 1e3).toFixed(0)} kB; figures match the order lines`)
      console.log(`runs: ${RUNS}; load average ${os.loadavg().map((v) => v.toFixed(1)).join(" / ")}`)
      console.log(`baseline GROUP BY of the month's TCS rows (supplier, head): median ${b.toFixed(1)} ms  [${list(timings.baseline)}]`)
      console.log(`GSTR-8 (tcs + tcsa SQL, JSON and CSV):                 median ${g.toFixed(1)} ms  [${list(timings.gstr8)}]`)
      console.log(`for scale, GROUP BY of the ${LINES} order lines by supplier:  median ${l.toFixed(1)} ms  [${list(timings.lines)}]`)
      console.log(`ratio GSTR-8 / baseline: ${(g / b).toFixed(2)}x`)
    })
  } finally {
    if (!process.env.BENCH_KEEP_DB) {
      await withClient("postgres", (admin) => admin.query(`DROP DATABASE IF EXISTS ${DB}`))
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
