// What every benchmark needs: the built app started twice on fresh databases — Haat (HAAT_PLUGINS=all)
// and plain Medusa (HAAT_PLUGINS=none) — measured in the same run, then everything torn down.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  cleanEnv,
  createFreshDatabase,
  databaseUrl,
  dropDatabase,
  ensureBuilt,
  freePort,
  root,
  startBuiltApp,
  waitForHttp,
} from "../../scripts/lib/app-process.mjs"

export const log = (line) => process.stdout.write(`[bench] ${line}\n`)

export const VARIANTS = {
  haat: { label: "Haat (HAAT_PLUGINS=all)", plugins: "all" },
  baseline: { label: "Medusa (HAAT_PLUGINS=none)", plugins: "none" },
}

/** `node scripts/haat.mjs seed` (migrate + seed) for one variant; resolves with its seed.json. */
function seedVariant({ url, stateDir, plugins }) {
  return new Promise((resolve, reject) => {
    const env = { ...cleanEnv(), DATABASE_URL: url, HAAT_STATE_DIR: stateDir, HAAT_PLUGINS: plugins }
    delete env.REDIS_URL
    const child = spawn(process.execPath, [path.join(root, "scripts", "haat.mjs"), "seed"], { cwd: root, env })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => {
      if (code === 0) {
        resolve(JSON.parse(fs.readFileSync(path.join(stateDir, "seed.json"), "utf8")))
      } else {
        reject(new Error(`seeding with HAAT_PLUGINS=${plugins} failed (exit ${code}):\n${output.slice(-4000)}`))
      }
    })
  })
}

/**
 * Builds if needed, creates and seeds one database per variant, starts the built app for each on a
 * free loopback port and hands { haat, baseline } (each { label, port, base, seed }) to `fn`.
 * Stops both apps and drops both databases afterwards, whatever happens; `limitMs` bounds the run.
 */
export async function withAppPair(fn, { limitMs = 25 * 60 * 1000 } = {}) {
  log("building the app if its sources changed")
  ensureBuilt(log)
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "haat-bench-"))
  const tag = `${process.pid}_${Date.now().toString(36)}`
  const apps = {}
  const cleanups = []
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((e) => log(`cleanup: ${e.message}`))
    }
    cleanups.length = 0
    fs.rmSync(stateDir, { recursive: true, force: true })
  }
  const interrupted = () => {
    log("interrupted: stopping the apps and dropping the databases")
    cleanUp().finally(() => process.exit(130))
  }
  process.once("SIGINT", interrupted)
  process.once("SIGTERM", interrupted)
  const limit = setTimeout(() => {
    log(`over the ${limitMs / 60000} min limit: giving up`)
    interrupted()
  }, limitMs)
  try {
    log("creating, migrating and seeding one database per variant")
    await Promise.all(
      Object.entries(VARIANTS).map(async ([name, variant]) => {
        const url = databaseUrl(`haat_bench_${name}_${tag}`)
        await createFreshDatabase(url)
        cleanups.push(() => dropDatabase(url))
        const dir = path.join(stateDir, name)
        fs.mkdirSync(dir)
        const seed = await seedVariant({ url, stateDir: dir, plugins: variant.plugins })
        apps[name] = { ...variant, url, seed }
      })
    )
    for (const name of Object.keys(VARIANTS)) {
      const app = apps[name]
      app.port = await freePort()
      app.base = `http://127.0.0.1:${app.port}`
      const proc = startBuiltApp({
        port: app.port,
        env: {
          DATABASE_URL: app.url,
          HAAT_PLUGINS: app.plugins,
          LOG_LEVEL: "warn",
          JWT_SECRET: "bench-jwt-secret",
          COOKIE_SECRET: "bench-cookie-secret",
          MEDUSA_DISABLE_ADMIN: "true",
        },
      })
      cleanups.push(() => proc.stop(20000))
      await waitForHttp(app.port, proc)
      log(`${app.label} is up on ${app.base}`)
      app.proc = proc
    }
    return await fn(Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, apps[name]])))
  } finally {
    clearTimeout(limit)
    process.off("SIGINT", interrupted)
    process.off("SIGTERM", interrupted)
    await cleanUp()
  }
}

/** Nearest-rank percentile of `sorted` (ascending), in the values' unit. */
export function percentile(sorted, p) {
  if (!sorted.length) {
    return NaN
  }
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function summarise(latenciesMs, wallMs, count) {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  return {
    count,
    perSecond: count / (wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  }
}

const fixed = (n, digits = n < 10 ? 2 : 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–")

/** Prints Haat against the baseline, and the ratio Haat / baseline for each figure. */
export function printComparison(title, unit, results) {
  const { haat, baseline } = results
  const rows = [
    ["", VARIANTS.haat.label, VARIANTS.baseline.label, "Haat / Medusa"],
    [`${unit}/s`, fixed(haat.perSecond), fixed(baseline.perSecond), fixed(haat.perSecond / baseline.perSecond, 2)],
    ["p50 ms", fixed(haat.p50), fixed(baseline.p50), fixed(haat.p50 / baseline.p50, 2)],
    ["p95 ms", fixed(haat.p95), fixed(baseline.p95), fixed(haat.p95 / baseline.p95, 2)],
    ["p99 ms", fixed(haat.p99), fixed(baseline.p99), fixed(haat.p99 / baseline.p99, 2)],
    [`${unit}`, String(haat.count), String(baseline.count), ""],
  ]
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  process.stdout.write(`\n${title}\n`)
  for (const row of rows) {
    process.stdout.write(`  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("   ")}\n`)
  }
  process.stdout.write(`  (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}, node ${process.version})\n\n`)
}
