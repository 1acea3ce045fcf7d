// Runs the built app as real processes on a database of their own: shared by the process tests and
// the benchmarks, which must exercise what `npm start` serves, not an in-process test server.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { buildApp, buildPlugins } from "./build.mjs"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const haat = path.join(root, "scripts", "haat.mjs")

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Builds the plugins and the app into .medusa/server unless the last build is still current. */
export function ensureBuilt(log = () => {}) {
  // As `npm run build` would: not with jest's NODE_ENV=test or its VM-modules flag.
  const env = cleanEnv()
  buildApp(root, env, log, buildPlugins(root, env, log))
}

/**
 * The URL of database `name` on the PostgreSQL the caller uses: DATABASE_URL's server, else the
 * test runners' DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, else postgres@localhost:5432.
 */
export function databaseUrl(name, env = process.env) {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    url.pathname = `/${name}`
    return url.toString()
  }
  const user = encodeURIComponent(env.DB_USERNAME || "postgres")
  const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${env.DB_HOST || "localhost"}:${env.DB_PORT || "5432"}/${name}`
}

async function onMaintenanceDb(databaseUrlOf, fn) {
  const url = new URL(databaseUrlOf)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = "/postgres"
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await fn(client, `"${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Drops the database if a previous run left it, and creates it empty. */
export function createFreshDatabase(url) {
  return onMaintenanceDb(url, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${name}`)
  })
}

export function dropDatabase(url) {
  return onMaintenanceDb(url, (client, name) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
}

/**
 * Migrates and seeds `databaseUrl` through the real `node scripts/haat.mjs seed`. Returns the seed
 * summary it wrote to `stateDir`/seed.json (publishable key, admin login, region ids).
 */
export function migrateAndSeed({ databaseUrl: url, stateDir, env = {} }) {
  // Without REDIS_URL unless the caller asks: the seed's events are handled in process, not left
  // queued in Redis for whichever worker starts next.
  const base = cleanEnv()
  delete base.REDIS_URL
  const childEnv = { ...base, ...env, DATABASE_URL: url, HAAT_STATE_DIR: stateDir }
  const result = spawnSync(process.execPath, [haat, "seed"], { cwd: root, env: childEnv, encoding: "utf8" })
  if (result.status !== 0) {
    throw new Error(`haat seed failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  return JSON.parse(fs.readFileSync(path.join(stateDir, "seed.json"), "utf8"))
}

/** The caller's environment without what jest or npm test set for themselves. */
export function cleanEnv() {
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
  for (const key of Object.keys(env)) {
    if (key.startsWith("JEST_") || key.startsWith("DB_") || key === "NODE_OPTIONS" || key === "NODE_ENV") {
      delete env[key]
    }
  }
  return env
}

/**
 * A child process in a process group of its own, with its output kept. `stop()` sends SIGINT to
 * the group and resolves with the exit code, or kills the group after `graceMs`.
 */
export function startProcess(cmd, args, { cwd = root, env }) {
  const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  const waiters = new Set()
  const collect = (chunk) => {
    output += chunk.toString()
    for (const waiter of waiters) {
      waiter()
    }
  }
  child.stdout.on("data", collect)
  child.stderr.on("data", collect)
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // the group has gone already
    }
  }
  return {
    child,
    pid: child.pid,
    exited,
    output: () => output,
    /** Resolves once the output matches `pattern`; rejects on exit or after `ms`. */
    waitForOutput(pattern, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern)
          if (match) {
            done()
            resolve(match)
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`no ${pattern} in ${ms} ms; output:\n${output.slice(-4000)}`))
        }, ms)
        const onExit = () => {
          done()
          reject(new Error(`exited before ${pattern}; output:\n${output.slice(-4000)}`))
        }
        const done = () => {
          clearTimeout(timer)
          waiters.delete(check)
          child.off("exit", onExit)
        }
        waiters.add(check)
        child.once("exit", onExit)
        check()
      })
    },
    /** Ctrl-C for the whole group, as a terminal sends it; SIGKILL if it is still there after `graceMs`. */
    async stop(graceMs = 30000) {
      if (child.exitCode !== null || child.signalCode !== null) {
        return exited
      }
      signalGroup("SIGINT")
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs)
      const result = await exited
      clearTimeout(timer)
      return result
    },
    kill() {
      signalGroup("SIGKILL")
      return exited
    },
  }
}

/** `medusa start` of the build in .medusa/server on `port`. */
export function startBuiltApp({ port, env }) {
  return startProcess(medusaBin, ["start", "--port", String(port)], {
    cwd: path.join(root, ".medusa", "server"),
    env: { ...cleanEnv(), NODE_ENV: "production", ...env, PORT: String(port) },
  })
}

/** Polls http://127.0.0.1:`port``pathname` until it answers 200; rejects if `proc` exits or after `ms`. */
export async function waitForHttp(port, proc, { pathname = "/health", ms = 180000 } = {}) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (proc && (proc.child.exitCode !== null || proc.child.signalCode !== null)) {
      throw new Error(`the process exited before ${pathname} answered; output:\n${proc.output().slice(-4000)}`)
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}${pathname}`)
      if (res.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${pathname} on port ${port} did not answer 200 in ${ms} ms; output:\n${proc?.output().slice(-4000) ?? ""}`)
}

export { packPlugins } from "./build.mjs"
