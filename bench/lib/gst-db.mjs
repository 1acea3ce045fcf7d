// What the GST return benchmarks share: a database on DATABASE_URL's server, the @haat/gst tables created by the
// built plugin's own migrations, and median timings.
import { createRequire } from "node:module"
import { readdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
export const pg = require("pg")
// numeric stays a string, as in the app: no float ever touches an amount.
pg.types.setTypeParser(1700, (value) => value)

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
/** The built gst module (npm run build -w @haat/gst). */
export const builtGstModule = path.join(root, "plugins/gst/.medusa/server/src/modules/gst")

export function serverUrl(database) {
  const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres")
  url.pathname = `/${database}`
  return url.toString()
}

export async function withClient(database, task) {
  const client = new pg.Client({ connectionString: serverUrl(database) })
  await client.connect()
  try {
    return await task(client)
  } finally {
    await client.end()
  }
}

/** Runs a built gst module's migrations (this checkout's by default), in order, as `medusa db:migrate` would. */
export async function migrateGst(client, moduleDir = builtGstModule) {
  const dir = path.join(moduleDir, "migrations")
  const files = readdirSync(dir).filter((f) => /^Migration\d+\.js$/.test(f)).sort()
  for (const file of files) {
    const module = require(path.join(dir, file))
    const Migration = Object.values(module).find((value) => typeof value === "function")
    const migration = new Migration(null, {})
    await migration.up()
    for (const sql of migration.getQueries()) {
      await client.query(sql)
    }
  }
}

export async function time(task) {
  const started = process.hrtime.bigint()
  const value = await task()
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
