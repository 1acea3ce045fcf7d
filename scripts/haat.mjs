#!/usr/bin/env node
// npm start / dev / seed / build / test: one entry point that prepares what each needs
// (configuration check, database, builds, migrations, seed) and then hands over to Medusa or jest.
import { spawn, spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildApp, buildPlugins, workspacePlugins } from "./lib/build.mjs"
import { ensureDatabase, startEmbeddedPostgres, withClient } from "./lib/database.mjs"
import { checkEnvironment, checkReachable, ConfigError, parseRedisUrl } from "./lib/preflight.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const stateDir = path.join(root, ".haat")
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

function run(cmd, args, env, cwd = root) {
  const result = spawnSync(cmd, args, { cwd, env, stdio: "inherit" })
  if (result.status !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${result.status})`)
  }
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
  log(`no DATABASE_URL: starting the embedded PostgreSQL (.haat/pg, port ${port})`)
  const server = await startEmbeddedPostgres({ dir: path.join(stateDir, "pg"), port })
  env.DATABASE_URL = server.url(env.HAAT_DB_NAME || "haat")
  await ensureDatabase(env.DATABASE_URL)
  return () => server.stop()
}

async function checkRedis(env) {
  const url = parseRedisUrl(env.REDIS_URL)
  if (url) {
    await checkReachable(url.hostname, url.port || 6379, "Redis (REDIS_URL)")
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

async function prepare(env, { build = true } = {}) {
  loadDotEnv(env)
  env.MEDUSA_DISABLE_TELEMETRY = "true"
  checkEnvironment(env)
  if (!["production", "prod"].includes(env.NODE_ENV ?? "")) {
    localSecrets(env)
  }
  await checkRedis(env)
  const stopDatabase = await provideDatabase(env)
  try {
    if (build) {
      const digests = buildPlugins(root, env, log)
      buildApp(root, env, log, digests)
    } else {
      buildPlugins(root, env, log)
    }
    log("migrating the database")
    run(bin("medusa"), ["db:migrate"], env)
    if (!(await isSeeded(env))) {
      log("first run: seeding Indian demo data")
      run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], env)
    }
  } catch (e) {
    await stopDatabase()
    throw e
  }
  return stopDatabase
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
  const stopDatabase = await prepare(env, { build: mode === "start" })
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
  const stopDatabase = await prepare(env, { build: false })
  try {
    run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], env)
  } finally {
    await stopDatabase()
  }
}

/** DB_* for the test runners: DB_HOST, else DATABASE_URL, else local PostgreSQL, else an embedded one. */
async function provideTestDatabase(env) {
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
  const port = Number(env.HAAT_TEST_PG_PORT || 54330)
  log(`no PostgreSQL reachable: starting an embedded one for the tests (.haat/pg-test, port ${port})`)
  const server = await startEmbeddedPostgres({ dir: path.join(stateDir, "pg-test"), port })
  Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: server.user, DB_PASSWORD: server.password })
  return () => server.stop()
}

async function test(args) {
  const env = {
    ...process.env,
    NODE_ENV: "test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa's test runner loads the app with dynamic import().
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
  }
  buildPlugins(root, env, log)
  log("typecheck")
  run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], env)
  for (const dir of workspacePlugins(root)) {
    run(bin("tsc"), ["--noEmit", "-p", path.join(dir, "tsconfig.json")], env)
    const admin = path.join(dir, "src", "admin", "tsconfig.json")
    if (fs.existsSync(admin)) {
      run(bin("tsc"), ["--noEmit", "-p", admin], env)
    }
  }
  log("lint")
  run(bin("eslint"), ["--max-warnings=0", "."], env)
  const stopDatabase = await provideTestDatabase(env)
  let status = 1
  try {
    log(`tests against PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
    // One test file at a time, each in a fresh worker (a worker over 1 MB idle is replaced after every file):
    // in one process, a second file that boots Medusa fails with "Map.prototype.set called on incompatible
    // receiver", MikroORM metadata cached from the previous file's jest realm.
    const isolation = ["--maxWorkers=1", "--workerIdleMemoryLimit=1MB"]
    status = spawnSync(bin("jest"), ["-c", "jest.config.js", ...isolation, "--forceExit", ...args], {
      cwd: root,
      env,
      stdio: "inherit",
    }).status
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
