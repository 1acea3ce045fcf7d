#!/usr/bin/env node
// Marketplace checkout: completing carts of 50 lines from 10 distributors, with the marketplace plugin
// (HAAT_PLUGINS=all: order split, commission per line) and without it (HAAT_PLUGINS=gst), in one run, on the
// same database and data. Prints p50/p95 of POST /store/carts/:id/complete for each, the p95 ratio, and the
// time until the split's 10 distributor orders exist; writes them to the "Marketplace checkout" section of
// bench/README.md. `npm run bench -- marketplace-checkout [--carts 60] [--warmup 3] [--profile]`, or standalone:
// node bench/marketplace-checkout.mjs [same options]. --profile records a CPU profile of the with-marketplace app
// (node --cpu-prof) and prints where its time went, by package and by marketplace function.
//
// Database: DATABASE_URL's server, else DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, else postgres@localhost:5432.
// A fresh database is created, migrated and seeded (npm's demo seed + 10 distributors), and dropped at the end.
import { spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { readFileSync, readdirSync, realpathSync, writeFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { createRequire } from "node:module"
import { parseArgs } from "node:util"
import pg from "pg"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const medusa = path.join(root, "node_modules", ".bin", "medusa")
/** The seed script is written to a temporary folder: it requires the app's packages by absolute path. */
const fromRoot = createRequire(path.join(root, "package.json"))
let CARTS = 15
let WARMUP = 3
let LINES = 50
let DISTRIBUTORS = 10
let PROFILE = false

function readOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      carts: { type: "string", default: "15" },
      warmup: { type: "string", default: "3" },
      lines: { type: "string", default: "50" },
      distributors: { type: "string", default: "10" },
      profile: { type: "boolean", default: false },
    },
  })
  CARTS = Number(values.carts)
  WARMUP = Number(values.warmup)
  LINES = Number(values.lines)
  DISTRIBUTORS = Number(values.distributors)
  PROFILE = values.profile
}

const log = (...args) => console.error(`[bench] ${new Date().toISOString().slice(11, 19)}`, ...args)

function serverUrl() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = "/postgres"
    return url
  }
  const user = process.env.DB_USERNAME || "postgres"
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return new URL(`postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/postgres`)
}

async function sql(url, text, params) {
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await client.query(text, params)
  } finally {
    await client.end()
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function run(args, env) {
  const result = spawnSync(medusa, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] })
  if (result.status !== 0) throw new Error(`medusa ${args.join(" ")} failed (${result.status})`)
}

/**
 * The 10 distributors, each with a warehouse set up as registration does it (stock location, fulfilment set for
 * India, sales channel) and 5 approved listings of distinct catalogue variants created through the listings
 * workflow (so their stock is the Medusa inventory level at that warehouse), and a 5% default commission.
 */
const seedMarketplaceScript = () => `
const { createStockLocationsWorkflow } = require(${JSON.stringify(fromRoot.resolve("@medusajs/medusa/core-flows"))})
const { createListingsWorkflow, setUpDistributorWarehouseWorkflow } = require(${JSON.stringify(fromRoot.resolve("@haat/marketplace/workflows"))})
exports.default = async function seedBenchMarketplace({ container }) {
  const marketplace = container.resolve("marketplace")
  const query = container.resolve("query")
  const link = container.resolve("link")
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "sku"] })
  variants.sort((a, b) => (a.id < b.id ? -1 : 1))
  const perDistributor = Math.ceil(${LINES} / ${DISTRIBUTORS})
  const out = []
  for (let d = 0; d < ${DISTRIBUTORS}; d++) {
    const n = String(d).padStart(2, "0")
    const distributor = await marketplace.createDistributors({
      slug: "bench-" + n, legal_name: "Bench Distributor " + n, email: "bench" + n + "@example.in",
      gstin: "24AAACB" + String(1000 + d) + "A1Z" + (d % 10), state_code: d % 2 ? "27" : "24", pan: "AAACB" + String(1000 + d) + "A",
      status: "verified", verified_at: new Date(),
    })
    const { result: [location] } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: "Bench warehouse " + n, address: { address_1: "Shed " + n, city: "Ahmedabad", province: "in-gj", postal_code: "382445", country_code: "in" } }] },
    })
    await link.create({ marketplace: { distributor_id: distributor.id }, stock_location: { stock_location_id: location.id } })
    await setUpDistributorWarehouseWorkflow(container).run({ input: { stock_location_id: location.id, name: "Bench warehouse " + n } })
    const rows = []
    for (let i = 0; i < perDistributor && out.length + rows.length < ${LINES}; i++) {
      const v = variants[out.length + rows.length]
      rows.push({ variant_id: v.id, sku: "BENCH-" + n + "-" + i, price: "100", mrp: "100000", stocked_quantity: 100000 })
    }
    const { result: listings } = await createListingsWorkflow(container).run({ input: { distributor_id: distributor.id, rows } })
    await marketplace.updateListings(listings.map((l) => ({ id: l.id, status: "approved" })))
    for (const l of listings) out.push({ variant_id: l.variant_id, listing_id: l.id })
  }
  await marketplace.createCommissionRules({ name: "Bench default", scope: "default", type: "percent", value: "5", effective_from: new Date("2024-01-01") })
  require("fs").writeFileSync(process.env.BENCH_LISTINGS_FILE, JSON.stringify(out))
}
`

async function startApp(env, label, nodeArgs = []) {
  const port = await freePort()
  const output = []
  // node's own flags (--cpu-prof is refused in NODE_OPTIONS) go before the CLI's script.
  const [command, args] = nodeArgs.length
    ? [process.execPath, [...nodeArgs, realpathSync(medusa), "start", "--port", String(port)]]
    : [medusa, ["start", "--port", String(port)]]
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  })
  const keep = (chunk) => {
    output.push(chunk.toString())
    if (output.length > 200) output.shift()
  }
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  child.once("exit", (code, signal) => {
    if (!child.stopping) log(`${label} stopped by itself (${code ?? signal}):\n${output.join("").slice(-2000)}`)
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 5 * 60 * 1000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}:\n${output.join("").slice(-3000)}`)
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  child.kill("SIGTERM")
  throw new Error(`${label} did not answer /health within 5 minutes`)
}

function stopApp(app) {
  return new Promise((resolve) => {
    // Already gone (exited, or killed by a signal: then exitCode stays null and "exit" will not come again).
    if (app.child.exitCode !== null || app.child.signalCode !== null) return resolve()
    app.child.stopping = true
    app.child.once("exit", () => resolve())
    app.child.kill("SIGTERM")
    setTimeout(() => app.child.kill("SIGKILL"), 15000)
  })
}

const ADDRESS = {
  first_name: "Priya", last_name: "Shah", address_1: "12 Law Garden Road", city: "Ahmedabad",
  province: "in-gj", postal_code: "380006", country_code: "in", phone: "+919825000001",
}

function client(base, key) {
  return async (method, pathname, body) => {
    const res = await fetch(`${base}${pathname}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await res.json()
    if (!res.ok) throw new Error(`${method} ${pathname} → ${res.status}: ${data.message ?? JSON.stringify(data)}`)
    return data
  }
}

/** One cart of every listing (one unit each), ready to complete; only the completion is timed. */
async function readyCart(call, ctx, i) {
  const { cart } = await call("POST", "/store/carts", {
    region_id: ctx.regionId,
    email: `bench-${i}@example.in`,
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
    items: ctx.listings.map((l) => ({ variant_id: l.variant_id, quantity: 1, metadata: { listing_id: l.listing_id } })),
  })
  if (!ctx.shippingOptionId) {
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
    ctx.shippingOptionId = shipping_options.find((o) => o.name.startsWith("Standard")).id
  }
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: ctx.shippingOptionId })
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  return cart.id
}

async function waitForSplit(dbUrl, orderId, expected) {
  const started = performance.now()
  for (;;) {
    const { rows } = await sql(dbUrl, "SELECT count(*)::int AS n FROM distributor_order WHERE order_id = $1 AND deleted_at IS NULL", [orderId])
    if (rows[0].n >= expected) return performance.now() - started
    if (performance.now() - started > 60000) throw new Error(`order ${orderId} was not split into ${expected} within 60 s`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * Both apps run at once and take turns, one cart each, so whatever else the machine is doing slows both alike.
 * Only the with-marketplace app splits; the bench waits for its split before the next cart either way.
 */
async function measurePair(sides, ctx, dbUrl) {
  const apps = []
  try {
    for (const side of sides) {
      log(`${side.label}: starting the app`)
      apps.push({ ...side, app: await startApp(side.env, side.label, side.nodeArgs), completions: [], splits: [] })
    }
    for (let i = 0; i < WARMUP + CARTS; i++) {
      for (const side of i % 2 ? [...apps].reverse() : apps) {
        const call = client(side.app.base, ctx.key)
        const cartId = await readyCart(call, ctx, `${side.tag}-${i}`)
        const t0 = performance.now()
        const completed = await call("POST", `/store/carts/${cartId}/complete`, {})
        const ms = performance.now() - t0
        if (completed.type !== "order") throw new Error(`cart ${cartId} did not become an order`)
        if (completed.order.items.length !== LINES) throw new Error(`order has ${completed.order.items.length} lines, not ${LINES}`)
        const splitMs = side.split ? await waitForSplit(dbUrl, completed.order.id, DISTRIBUTORS) : 0
        if (i >= WARMUP) {
          side.completions.push(ms)
          side.splits.push(splitMs)
        }
      }
      log(`cart ${i + 1} of ${WARMUP + CARTS} done on both`)
    }
    return apps.map((side) => {
      const completions = [...side.completions].sort((a, b) => a - b)
      const splits = [...side.splits].sort((a, b) => a - b)
      return {
        p50: percentile(completions, 50),
        p95: percentile(completions, 95),
        split_p95: side.split ? percentile(splits, 95) : null,
      }
    })
  } finally {
    for (const side of apps) await stopApp(side.app)
  }
}

/** Which package a profiled function belongs to, from its script URL. */
function packageOf(url) {
  if (!url) return "(native, GC, idle)"
  if (url.includes("/plugins/marketplace/") || url.includes("@haat/marketplace")) return "@haat/marketplace"
  if (url.includes("/plugins/gst/") || url.includes("@haat/gst")) return "@haat/gst"
  const at = url.lastIndexOf("node_modules/")
  if (at >= 0) {
    const match = /^((?:@[^/]+\/)?[^/]+)/.exec(url.slice(at + "node_modules/".length))
    if (match) return match[1]
  }
  if (url.startsWith("node:")) return "node (built-in modules)"
  return "other (app)"
}

/**
 * From every .cpuprofile in dir (node --cpu-prof): self time per package, and the time with marketplace code on
 * the stack, charged to the innermost marketplace function (time a marketplace function spends in Medusa code it
 * calls counts too, as far as the stack shows it: work resumed after an await has lost its caller). Idle, program
 * and GC samples are left out; shares are of the busy time.
 */
export function summariseProfiles(dir) {
  const byPackage = new Map()
  const byMarketplaceFunction = new Map()
  let busy = 0
  let marketplace = 0
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8"))
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0
      const { functionName, url } = nodes.get(id).callFrame
      if (["(idle)", "(program)", "(garbage collector)"].includes(functionName)) return
      busy += us
      const pkg = packageOf(url)
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const frame = nodes.get(at).callFrame
        if (packageOf(frame.url) === "@haat/marketplace") {
          const key = `${frame.functionName || "(module)"} ${frame.url.slice(frame.url.indexOf("src/"))}`
          byMarketplaceFunction.set(key, (byMarketplaceFunction.get(key) ?? 0) + us)
          marketplace += us
          break
        }
      }
    })
  }
  const share = (us) => `${((100 * us) / Math.max(1, busy)).toFixed(1)}%`
  const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
  return {
    busy_s: busy / 1e6,
    marketplace_s: marketplace / 1e6,
    marketplace_share: share(marketplace),
    packages: top(byPackage, 12).map(([name, us]) => ({ name, share: share(us), seconds: us / 1e6 })),
    marketplace: top(byMarketplaceFunction, 12).map(([name, us]) => ({ name, share: share(us), seconds: us / 1e6 })),
  }
}

/**
 * Adds this run as a row of the "Marketplace checkout" table in bench/README.md (after its header), leaving the
 * prose around it as written; prints the row when the section or table is missing.
 */
function addReadmeRow(row) {
  const file = path.join(root, "bench", "README.md")
  const text = existsSync(file) ? readFileSync(file, "utf8") : ""
  const start = text.indexOf("## Marketplace checkout")
  const header = start === -1 ? -1 : text.indexOf("| Run |", start)
  const separator = header === -1 ? -1 : text.indexOf("\n", text.indexOf("\n", header) + 1)
  if (separator === -1) {
    console.log(`README row (no table to add it to):\n${row}`)
    return
  }
  writeFileSync(file, text.slice(0, separator + 1) + row + "\n" + text.slice(separator + 1))
}

async function main(args) {
  readOptions(args)
  const loadBefore = os.loadavg()
  const server = serverUrl()
  const dbName = `haat_bench_marketplace_${process.pid}`
  const dbUrl = new URL(server)
  dbUrl.pathname = `/${dbName}`
  await sql(server, `CREATE DATABASE ${dbName}`)
  const tmp = mkdtempSync(path.join(os.tmpdir(), "haat-bench-"))
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl.toString(),
    MEDUSA_DISABLE_ADMIN: "true",
    MEDUSA_WORKER_MODE: "shared",
    LOG_LEVEL: "warn",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // medusa start runs with NODE_ENV=production, where the app refuses the default secrets.
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString("hex"),
    COOKIE_SECRET: process.env.COOKIE_SECRET || randomBytes(32).toString("hex"),
    BENCH_LISTINGS_FILE: path.join(tmp, "listings.json"),
  }
  try {
    log(`migrating and seeding ${dbName}`)
    run(["db:migrate"], { ...env, HAAT_PLUGINS: "all" })
    run(["exec", "./src/scripts/seed.ts"], { ...env, HAAT_PLUGINS: "all" })
    const seedFile = path.join(tmp, "seed-marketplace.js")
    writeFileSync(seedFile, seedMarketplaceScript())
    run(["exec", seedFile], { ...env, HAAT_PLUGINS: "all" })
    const listings = JSON.parse(readFileSync(env.BENCH_LISTINGS_FILE, "utf8"))
    const { rows: keys } = await sql(dbUrl, "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Haat Storefront' AND revoked_at IS NULL")
    const { rows: regions } = await sql(dbUrl, "SELECT id FROM region WHERE name = 'India' AND deleted_at IS NULL")
    const ctx = { key: keys[0].token, regionId: regions[0].id, listings, shippingOptionId: null }

    const profileDir = path.join(tmp, "profile")
    mkdirSync(profileDir)
    const nodeArgs = PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []
    const [withPlugin, without] = await measurePair(
      [
        { label: "with the marketplace (HAAT_PLUGINS=all)", tag: "all", env: { ...env, HAAT_PLUGINS: "all" }, nodeArgs, split: true },
        { label: "without it (HAAT_PLUGINS=gst)", tag: "gst", env: { ...env, HAAT_PLUGINS: "gst" }, split: false },
      ],
      ctx,
      dbUrl
    )
    const ratio = withPlugin.p95 / without.p95
    const f = (ms) => ms.toFixed(0)
    const cpu = os.cpus()[0]?.model?.trim() ?? "unknown CPU"
    const lines = [
      `Cart completion, ${LINES} lines from ${DISTRIBUTORS} distributors, ${CARTS} carts after ${WARMUP} warm-up, one at a time, the two apps taking turns`,
      `  with the marketplace  p50 ${f(withPlugin.p50)} ms  p95 ${f(withPlugin.p95)} ms  (split done p95 ${f(withPlugin.split_p95)} ms after the response)`,
      `  without it            p50 ${f(without.p50)} ms  p95 ${f(without.p95)} ms`,
      `  p95 ratio             ${ratio.toFixed(2)}  (target ≤ 1.25)`,
    ]
    const loadAfter = os.loadavg()
    const load = `load average ${loadBefore[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end (15-min ${loadAfter[2].toFixed(1)})`
    lines.push(`  ${load}`)
    console.log(lines.join("\n"))
    if (PROFILE) {
      const summary = summariseProfiles(profileDir)
      console.log(`CPU profile of the with-marketplace app: ${summary.busy_s.toFixed(1)} s busy (idle excluded), boot included`)
      console.log("  self time by package:")
      for (const p of summary.packages) console.log(`  ${p.share.padStart(6)}  ${p.name}`)
      console.log(`  @haat/marketplace on the stack: ${summary.marketplace_s.toFixed(2)} s (${summary.marketplace_share}), by innermost function:`)
      for (const p of summary.marketplace) console.log(`  ${p.share.padStart(6)}  ${p.seconds.toFixed(2)} s  ${p.name}`)
    }
    addReadmeRow(
      `| ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} cores (${cpu}), node ${process.versions.node} | ${CARTS} | ${loadBefore[0].toFixed(1)} → ${loadAfter[0].toFixed(1)} | ${f(withPlugin.p50)} / ${f(withPlugin.p95)} | ${f(without.p50)} / ${f(without.p95)} | ${(withPlugin.p50 / without.p50).toFixed(2)} | ${ratio.toFixed(2)} | ${f(withPlugin.split_p95)} |`
    )
  } finally {
    await sql(server, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((e) => log(`could not drop ${dbName}: ${e.message}`))
  }
}

export default main

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
