#!/usr/bin/env node
// What issuing costs: N tax invoices issued one by one through the GST module's own service (issueDocument: number,
// document, lines, GSTR-1 rollup, ledger, one transaction each), on a fresh database migrated by that build's own
// migrations. Run it for two builds of the plugin to compare them, e.g. with and without the GSTR-1 rollup:
//
//   node bench/gst-issue.mjs [built module dir ...]     (default: plugins/gst/.medusa/server/src/modules/gst)
//   INVOICES=500 LINES=10 ROUNDS=3 node bench/gst-issue.mjs /tmp/main-build/src/modules/gst plugins/gst/.medusa/server/src/modules/gst
//
// The builds take turns, ROUNDS times, each on its own fresh database, so load from elsewhere hits both alike.
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { median, migrateGst, root, serverUrl, withClient } from "./lib/gst-db.mjs"

const require = createRequire(import.meta.url)
const DB = "haat_bench_gst_issue"
const INVOICES = Number(process.env.INVOICES ?? 500)
const LINES = Number(process.env.LINES ?? 10)
const ROUNDS = Number(process.env.ROUNDS ?? 3)

async function freshDatabase(moduleDir) {
  await withClient("postgres", async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${DB}`)
  })
  await withClient(DB, (client) => migrateGst(client, moduleDir))
}

/** An inter-State B2B invoice of LINES lines at 18%, figures written out (IGST = 18% of the taxable value). */
function invoice(i) {
  const lines = Array.from({ length: LINES }, (_, j) => ({
    line_item_id: `li_${i}_${j}`,
    description: `Item ${j}`,
    hsn_code: String(1000 + ((i * 7 + j) % 400)),
    uqc: "NOS",
    quantity: 1,
    unit_price: "100.00",
    taxable_value: "100.00",
    rate: "18",
    igst: "18.00",
    cgst: "0",
    sgst: "0",
    utgst: "0",
    cess: "0",
    total: "118.00",
  }))
  return {
    document_type: "invoice",
    prefix: "INV",
    issued_at: "2024-08-10",
    supplier_gstin: "24AAACH1234F1Z9",
    supplier_legal_name: "Bench Traders",
    supplier_state_code: "24",
    supplier_address: {},
    buyer_gstin: "27AAACB1234C1Z5",
    buyer_name: `Buyer ${i}`,
    place_of_supply: "27",
    supply_type: "b2b",
    taxable_value: (100 * LINES).toFixed(2),
    igst: (18 * LINES).toFixed(2),
    cgst: "0",
    sgst: "0",
    utgst: "0",
    cess: "0",
    total: (118 * LINES).toFixed(2),
    lines,
  }
}

async function issueAll(moduleDir) {
  const { initModules } = require("@medusajs/test-utils")
  const { MockEventBusService } = require("@medusajs/test-utils")
  const { Modules, ContainerRegistrationKeys } = require("@medusajs/framework/utils")
  await freshDatabase(moduleDir)
  const database = { clientUrl: serverUrl(DB) }
  const quiet = { info() {}, warn() {}, debug() {}, log() {}, error: console.error }
  const { medusaApp, shutdown } = await initModules({
    modulesConfig: { gst: { resolve: moduleDir, options: { database } } },
    databaseConfig: database,
    injectedDependencies: { [Modules.EVENT_BUS]: new MockEventBusService(), [ContainerRegistrationKeys.LOGGER]: quiet },
  })
  try {
    const service = medusaApp.modules.gst
    await service.issueDocument(invoice(0))
    const started = process.hrtime.bigint()
    for (let i = 1; i <= INVOICES; i++) {
      await service.issueDocument(invoice(i))
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const [{ rollup }] = (await withClient(DB, (client) => client.query(
      `SELECT CASE WHEN to_regclass('gst_tax_document_rollup') IS NULL THEN NULL ELSE (SELECT count(*)::int FROM gst_tax_document_rollup) END AS rollup`
    ).catch(() => ({ rows: [{ rollup: null }] })))).rows
    rollups.set(moduleDir, rollup)
    return ms
  } finally {
    await shutdown()
  }
}

/** Rollup rows each build wrote (null: the build has no rollup). */
const rollups = new Map()

async function main(builds) {
  const dirs = (builds.length ? builds : ["plugins/gst/.medusa/server/src/modules/gst"]).map((dir) => path.resolve(root, dir))
  const times = dirs.map(() => [])
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" / ")
  const loadBefore = load()
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, dir] of dirs.entries()) {
        times[index].push(await issueAll(dir))
      }
    }
  } finally {
    await withClient("postgres", (admin) => admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`))
  }
  console.log(`${INVOICES} invoices of ${LINES} lines, one issueDocument each, ${ROUNDS} rounds; load average ${loadBefore} before, ${load()} after`)
  for (const [index, dir] of dirs.entries()) {
    const m = median(times[index])
    const rollup = rollups.get(dir) == null ? "no rollup" : `${rollups.get(dir)} rollup rows`
    console.log(`${path.relative(root, dir)} (${rollup}): median ${m.toFixed(0)} ms, ${(m / INVOICES).toFixed(2)} ms an invoice  [${times[index].map((t) => t.toFixed(0)).join(", ")}]`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // The module leaves timers behind after its shutdown: exit once the figures are out.
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    }
  )
}
