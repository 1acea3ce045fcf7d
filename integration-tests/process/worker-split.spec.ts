import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { ManagedProcess, SeedSummary } from "../../scripts/lib/app-process.mjs" with { "resolution-mode": "import" }

// The built app as two processes on one database and one Redis: a server that takes HTTP and a
// worker that takes the jobs. An event raised by a request must be handled once, by the worker.
jest.setTimeout(10 * 60 * 1000)

// A logical database of its own, flushed first, so no other Redis user can take or add jobs.
const REDIS_URL = process.env.HAAT_TEST_REDIS_URL || "redis://127.0.0.1:6379/7"

/** Sends inline commands to Redis and returns its replies; synchronous, so a suite can decide to skip. */
function redis(commands: string[]): { ok: boolean; reply: string } {
  const url = new URL(REDIS_URL)
  const db = url.pathname.slice(1) || "0"
  const script = `
    const socket = require("node:net").connect({ host: ${JSON.stringify(url.hostname)}, port: ${Number(url.port || 6379)} })
    let reply = ""
    socket.setTimeout(3000, () => { console.error("timed out"); process.exit(1) })
    socket.on("error", (e) => { console.error(e.code || e.message); process.exit(1) })
    socket.on("connect", () => socket.write(${JSON.stringify(["SELECT " + db, ...commands].join("\r\n") + "\r\n")}))
    socket.on("data", (d) => {
      reply += d
      if (reply.split("\\r\\n").length > ${commands.length + 1}) { process.stdout.write(reply); socket.end() }
    })`
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 10000 })
  return { ok: result.status === 0 && !result.stdout.includes("-ERR"), reply: result.status === 0 ? result.stdout : result.stderr }
}

const probe = redis(["PING"])
const describeWithRedis = probe.ok ? describe : describe.skip
if (!probe.ok) {
  console.warn(`SKIPPED server/worker split: Redis is unreachable at ${REDIS_URL} (${probe.reply.trim()})`)
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, "g"))?.length ?? 0

describeWithRedis("the app split into a server and a worker over Redis", () => {
  let lib: typeof import("../../scripts/lib/app-process.mjs", { with: { "resolution-mode": "import" } })
  let dbUrl: string
  let stateDir: string
  let seed: SeedSummary
  let server: ManagedProcess
  let worker: ManagedProcess
  let serverPort: number
  let workerPort: number

  beforeAll(async () => {
    lib = await import("../../scripts/lib/app-process.mjs")
    lib.ensureBuilt((line) => console.log(`[haat] ${line}`))
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "haat-split-"))
    dbUrl = lib.databaseUrl(`haat_process_split_${process.pid}`)
    await lib.createFreshDatabase(dbUrl)
    seed = lib.migrateAndSeed({
      databaseUrl: dbUrl,
      stateDir,
      env: { HAAT_ADMIN_EMAIL: "admin@split.test", HAAT_ADMIN_PASSWORD: "split-password" },
    })
    expect(redis(["FLUSHDB"]).ok).toBe(true)

    serverPort = await lib.freePort()
    workerPort = await lib.freePort()
    const common = {
      DATABASE_URL: dbUrl,
      REDIS_URL,
      LOG_LEVEL: "info",
      JWT_SECRET: "split-test-jwt-secret",
      COOKIE_SECRET: "split-test-cookie-secret",
    }
    server = lib.startBuiltApp({ port: serverPort, env: { ...common, MEDUSA_WORKER_MODE: "server" } })
    worker = lib.startBuiltApp({ port: workerPort, env: { ...common, MEDUSA_WORKER_MODE: "worker" } })
    await Promise.all([lib.waitForHttp(serverPort, server), lib.waitForHttp(workerPort, worker)])
  })

  afterAll(async () => {
    const stopped = await Promise.all([server?.stop(), worker?.stop()])
    console.log(`server and worker stopped: ${JSON.stringify(stopped)}`)
    if (dbUrl) {
      await lib.dropDatabase(dbUrl)
    }
    redis(["FLUSHDB"])
    if (stateDir) {
      fs.rmSync(stateDir, { recursive: true, force: true })
    }
  })

  const api = (port: number, pathname: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}${pathname}`, {
      ...init,
      headers: { "content-type": "application/json", "x-publishable-api-key": seed.publishable_key, ...init.headers },
    })

  it("serves the API from the server only; the worker answers nothing but /health", async () => {
    const fromServer = await api(serverPort, "/store/products?limit=1")
    expect(fromServer.status).toBe(200)
    expect((await fromServer.json()).products).toHaveLength(1)
    expect((await api(workerPort, "/store/products?limit=1")).status).toBe(404)
    expect((await api(workerPort, "/health")).status).toBe(200)
  })

  it("hands an event raised by an admin request to the worker, which handles it exactly once", async () => {
    const login = await api(serverPort, "/auth/user/emailpass", {
      method: "POST",
      body: JSON.stringify({ email: "admin@split.test", password: "split-password" }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()

    // Created without a sales channel: the app's subscriber lists it on the store's default channel.
    const created = await api(serverPort, "/admin/products", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: "Motichoor Ladoo",
        handle: "motichoor-ladoo",
        status: "published",
        options: [{ title: "Weight", values: ["500 g"] }],
        variants: [{ title: "500 g", options: { Weight: "500 g" }, prices: [{ currency_code: "inr", amount: 450 }] }],
      }),
    })
    expect(created.status).toBe(200)
    const { product } = await created.json()

    const processing = /Processing product\.created (\(priority: \d+\) )?which has 1 subscribers/
    await worker.waitForOutput(processing, 60000)
    await worker.waitForOutput(new RegExp(`Listed new product ${product.id} \\(Motichoor Ladoo\\)`), 30000)

    // What the merchant wanted: the storefront, served by the server, now shows the product.
    let listed: { products: { id: string }[] } = { products: [] }
    for (let i = 0; i < 20 && !listed.products.length; i++) {
      listed = await (await api(serverPort, "/store/products?handle=motichoor-ladoo&fields=id")).json()
      if (!listed.products.length) {
        await new Promise((r) => setTimeout(r, 500))
      }
    }
    expect(listed.products.map((p) => p.id)).toEqual([product.id])

    // Give a duplicate delivery, to the worker or the server, time to show up before counting.
    await new Promise((r) => setTimeout(r, 3000))
    expect(count(worker.output(), processing)).toBe(1)
    expect(count(worker.output(), /Listed new product/)).toBe(1)
    expect(count(server.output(), /Processing |Listed new product/)).toBe(0)
  })
})
