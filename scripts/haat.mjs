#!/usr/bin/env node
// npm start / dev / seed / build / test / pack: one entry point that prepares what each needs
// (configuration check, database, builds, migrations, seed) and then hands over to Medusa or jest.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildApp, buildPlugins, packPlugins, workspacePlugins } from "./lib/build.mjs"
import { ensureDatabase, startEmbeddedPostgres, withClient } from "./lib/database.mjs"
import { checkEnvironment, checkReachable, ConfigError, parseRedisUrl } from "./lib/preflight.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
// Runtime state (generated secrets, the embedded database, seed.json): .haat/ unless HAAT_STATE_DIR names another.
const stateDir = path.resolve(root, process.env.HAAT_STATE_DIR || ".haat")
const shown = (p) => path.relative(root, p) || p
const bin = (name) => path.join(root, "node_modules", ".bin", name)
const log = (line) => process.stdout.write(`[haat] ${line}\n`)

function loadDotEnv(env) {
  const file = path.join(root, ".env")
  if (fs.existsSync(file) && typeof process.loadEnvFile === "function") {
    const before = { ...process.env }
    process.loadEnvFile(file)
    for (const [k, v] of Object.entries(process.env)) {
      if (!(k in before)) {
        env[k] = v
      }
    }
  }
}

/** Secrets for a local run: generated once into .haat/, never used when NODE_ENV=production. */
function localSecrets(env) {
  if (env.JWT_SECRET && env.COOKIE_SECRET) {
    return
  }
  const file = path.join(stateDir, "secrets.json")
  fs.mkdirSync(stateDir, { recursive: true })
  if (!fs.existsSync(file)) {
    const secret = () => crypto.randomBytes(32).toString("hex")
    fs.writeFileSync(file, JSON.stringify({ JWT_SECRET: secret(), COOKIE_SECRET: secret() }, null, 2), { mode: 0o600 })
  }
  const saved = JSON.parse(fs.readFileSync(file, "utf8"))
  env.JWT_SECRET ||= saved.JWT_SECRET
  env.COOKIE_SECRET ||= saved.COOKIE_SECRET
}

/**
 * Runs a command to completion without blocking this process's event loop: an embedded PostgreSQL
 * started here logs through a pipe only this loop drains, and its backends stall once that pipe is full.
 */
function run(cmd, args, env, cwd = root) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: "inherit" })
    child.once("error", reject)
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${code ?? signal})`))
    )
  })
}

/** DATABASE_URL, or an embedded PostgreSQL started for this run (stopped by the returned function). */
async function provideDatabase(env) {
  if (env.DATABASE_URL) {
    const { created } = await ensureDatabase(env.DATABASE_URL)
    if (created) {
      log(`created database ${new URL(env.DATABASE_URL).pathname.slice(1)}`)
    }
    return async () => {}
  }
  const port = Number(env.HAAT_PG_PORT || 54329)
  log(`no DATABASE_URL: starting the embedded PostgreSQL (${shown(path.join(stateDir, "pg"))}, port ${port})`)
  const server = await startEmbeddedPostgres({ dir: path.join(stateDir, "pg"), port })
  env.DATABASE_URL = server.url(env.HAAT_DB_NAME || "haat")
  await ensureDatabase(env.DATABASE_URL)
  return () => server.stop()
}

async function checkRedis(env) {
  const url = parseRedisUrl(env.REDIS_URL)
  if (url) {
    await checkReachable(
      url.hostname,
      url.port || 6379,
      "Redis (REDIS_URL)",
      5000,
      "start Redis there, correct REDIS_URL, or unset it for Medusa's in-process defaults"
    )
  }
}

async function isSeeded(env) {
  return withClient(env.DATABASE_URL, async (client) => {
    const { rows } = await client.query(
      "SELECT 1 FROM store WHERE metadata ->> 'haat_seed' IS NOT NULL AND deleted_at IS NULL LIMIT 1"
    )
    return rows.length > 0
  })
}

/** Checks, database, builds, migrations and a first seed. Returns { stopDatabase, seeded }. */
async function prepare(env, { build = true } = {}) {
  loadDotEnv(env)
  env.MEDUSA_DISABLE_TELEMETRY = "true"
  // The seed script writes seed.json there, for the banner.
  env.HAAT_STATE_DIR = stateDir
  checkEnvironment(env)
  if (!["production", "prod"].includes(env.NODE_ENV ?? "")) {
    localSecrets(env)
  }
  await checkRedis(env)
  // A DATABASE_URL is checked before anything slow; an embedded PostgreSQL is started only after the
  // builds, which run synchronously (see run()).
  let stopDatabase = env.DATABASE_URL ? await provideDatabase(env) : null
  if (build) {
    buildApp(root, env, log, buildPlugins(root, env, log))
  } else {
    buildPlugins(root, env, log)
  }
  stopDatabase ??= await provideDatabase(env)
  let seeded = false
  try {
    log("migrating the database")
    await run(bin("medusa"), ["db:migrate"], env)
    if (!(await isSeeded(env))) {
      log("first run: seeding Indian demo data")
      await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], env)
      seeded = true
    }
  } catch (e) {
    await stopDatabase()
    throw e
  }
  return { stopDatabase, seeded }
}

function banner(env) {
  const port = env.PORT || 9000
  const seedFile = path.join(stateDir, "seed.json")
  const seed = fs.existsSync(seedFile) ? JSON.parse(fs.readFileSync(seedFile, "utf8")) : {}
  log("Haat is up")
  log(`  API          http://localhost:${port}   (health: /health)`)
  log(`  Admin        http://localhost:${port}/app`)
  log(`  Admin login  ${seed.admin_email ?? "admin@haat.local"} / ${seed.admin_password_hint ?? "(HAAT_ADMIN_PASSWORD)"}`)
  if (seed.publishable_key) {
    log(`  Store key    ${seed.publishable_key}   (x-publishable-api-key for /store)`)
  }
  log("  Stop with Ctrl-C")
}

async function waitForHealth(port, child) {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`)
      if (res.ok) {
        return true
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

async function serve(mode) {
  const env = { ...process.env }
  const { stopDatabase } = await prepare(env, { build: mode === "start" })
  if (mode === "start") {
    // A local `npm start` serves the production build; its secrets were generated into .haat/ above.
    env.NODE_ENV ||= "production"
  }
  const port = env.PORT || "9000"
  const child =
    mode === "start"
      ? spawn(bin("medusa"), ["start", "--port", port], { cwd: path.join(root, ".medusa", "server"), env, stdio: "inherit" })
      : spawn(bin("medusa"), ["develop", "--port", port], { cwd: root, env, stdio: "inherit" })
  let stopping = false
  const stop = () => {
    if (!stopping) {
      stopping = true
      log("stopping")
      child.kill("SIGINT")
    }
  }
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
  waitForHealth(port, child).then((up) => up && banner(env))
  const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 0)))
  await stopDatabase()
  process.exit(stopping ? 0 : code)
}

async function seed() {
  const env = { ...process.env }
  const { stopDatabase, seeded } = await prepare(env, { build: false })
  try {
    if (!seeded) {
      await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], env)
    }
  } finally {
    await stopDatabase()
  }
}

/**
 * DB_* for the test runners: DB_HOST, else DATABASE_URL, else local PostgreSQL, else an embedded one.
 * HAAT_TEST_DB=embedded skips straight to the embedded one, to prove a machine without PostgreSQL works.
 */
async function provideTestDatabase(env) {
  if (env.HAAT_TEST_DB === "embedded") {
    return startTestEmbeddedPostgres(env)
  }
  if (env.DB_HOST) {
    env.DB_USERNAME ||= "postgres"
    return async () => {}
  }
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    Object.assign(env, {
      DB_HOST: url.hostname,
      DB_PORT: url.port || "5432",
      DB_USERNAME: decodeURIComponent(url.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(url.password),
    })
    return async () => {}
  }
  const local = await checkReachable("127.0.0.1", 5432, "PostgreSQL", 1000).then(
    () => true,
    () => false
  )
  if (local) {
    // "localhost", not 127.0.0.1: Medusa's test runner turns SSL on for any other host name.
    Object.assign(env, { DB_HOST: "localhost", DB_PORT: "5432", DB_USERNAME: "postgres", DB_PASSWORD: env.DB_PASSWORD ?? "" })
    return async () => {}
  }
  return startTestEmbeddedPostgres(env)
}

async function startTestEmbeddedPostgres(env) {
  const port = Number(env.HAAT_TEST_PG_PORT || 54330)
  const dir = path.join(stateDir, "pg-test")
  log(`starting an embedded PostgreSQL for the tests (${shown(dir)}, port ${port})`)
  const server = await startEmbeddedPostgres({ dir, port })
  Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: server.user, DB_PASSWORD: server.password })
  return () => server.stop()
}

async function test(args) {
  if (process.env.HAAT_TEST_DB && process.env.HAAT_TEST_DB !== "embedded") {
    throw new ConfigError(`HAAT_TEST_DB "${process.env.HAAT_TEST_DB}" is not known: use HAAT_TEST_DB=embedded, or unset it`)
  }
  const env = {
    ...process.env,
    NODE_ENV: "test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa's test runner loads the app with dynamic import().
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
  }
  buildPlugins(root, env, log)
  log("typecheck")
  await run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], env)
  for (const dir of workspacePlugins(root)) {
    await run(bin("tsc"), ["--noEmit", "-p", path.join(dir, "tsconfig.json")], env)
    const admin = path.join(dir, "src", "admin", "tsconfig.json")
    if (fs.existsSync(admin)) {
      await run(bin("tsc"), ["--noEmit", "-p", admin], env)
    }
  }
  log("lint")
  await run(bin("eslint"), ["--max-warnings=0", "."], env)
  buildPlugins(root, env, log)
  const stopDatabase = await provideTestDatabase(env)
  let status = 1
  try {
    log(`tests against PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
    // One test file at a time, in this process: integration-tests/setup.js clears MikroORM's metadata between
    // suites, so several Medusa apps boot in turn. (In jest workers, a failing request's axios error cannot be
    // sent back to the parent and kills the worker, hiding the failure.)
    const jest = spawn(bin("jest"), ["-c", "jest.config.js", "--runInBand", "--forceExit", ...args], {
      cwd: root,
      env,
      stdio: "inherit",
    })
    status = await new Promise((resolve) => jest.once("exit", (code) => resolve(code)))
  } finally {
    await stopDatabase()
  }
  process.exit(status ?? 1)
}

const commands = {
  start: () => serve("start"),
  dev: () => serve("dev"),
  seed,
  build: async () => {
    const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
    buildApp(root, env, log, buildPlugins(root, env, log))
  },
  test: () => test(process.argv.slice(3)),
  pack: async () => {
    const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
    const tarballs = packPlugins(root, path.join(stateDir, "packs"), env, log)
    for (const [name, file] of Object.entries(tarballs)) {
      log(`${name.padEnd(26)} ${shown(file)}`)
    }
    log("install into another Medusa 2.21 app: npm install <@haat/india tarball> <the plugins' tarballs>")
  },
}

const command = commands[process.argv[2]]
if (!command) {
  console.error(`usage: node scripts/haat.mjs ${Object.keys(commands).join("|")}`)
  process.exit(2)
}
command().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(`[haat] configuration error: ${e.message}`)
  } else {
    console.error(`[haat] ${e.message}`)
  }
  process.exit(1)
})
