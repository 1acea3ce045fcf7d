import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { ManagedProcess } from "../../scripts/lib/app-process.mjs" with { "resolution-mode": "import" }

// `npm start` on a machine with no PostgreSQL configured: it brings up an embedded one in its state
// folder, migrates, seeds, serves the store and the admin, and Ctrl-C stops all of it cleanly.
jest.setTimeout(15 * 60 * 1000)

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("npm start without DATABASE_URL", () => {
  let lib: typeof import("../../scripts/lib/app-process.mjs", { with: { "resolution-mode": "import" } })
  let stateDir: string
  let haat: ManagedProcess
  let port: number
  let pgPort: number
  let publishableKey: string

  beforeAll(async () => {
    lib = await import("../../scripts/lib/app-process.mjs")
    lib.ensureBuilt((line) => console.log(`[haat] ${line}`))
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "haat-embedded-"))
    // PostgreSQL runs as the `postgres` user when this runs as root: it must reach its data folder.
    fs.chmodSync(stateDir, 0o755)
    port = await lib.freePort()
    pgPort = await lib.freePort()
    const env = lib.cleanEnv()
    for (const key of Object.keys(env)) {
      if (/^(HAAT_|MEDUSA_WORKER_MODE$|DATABASE_URL$|REDIS_URL$|JWT_SECRET$|COOKIE_SECRET$|LOG_LEVEL$)/.test(key)) {
        delete env[key]
      }
    }
    haat = lib.startProcess(process.execPath, [path.join(lib.root, "scripts", "haat.mjs"), "start"], {
      env: { ...env, HAAT_STATE_DIR: stateDir, HAAT_PG_PORT: String(pgPort), PORT: String(port) },
    })
    const [, key] = await haat.waitForOutput(/Store key\s+(pk_[0-9a-f]+)/, 12 * 60 * 1000)
    publishableKey = key
  })

  afterAll(async () => {
    await haat?.kill()
    if (stateDir) {
      fs.rmSync(stateDir, { recursive: true, force: true })
    }
  })

  it("says where its database is and serves health, the admin and the store", async () => {
    expect(haat.output()).toContain(`no DATABASE_URL: starting the embedded PostgreSQL (${path.relative(lib.root, path.join(stateDir, "pg"))}, port ${pgPort})`)
    expect(haat.output()).toContain(`API          http://localhost:${port}`)

    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200)

    const admin = await fetch(`http://127.0.0.1:${port}/app`)
    expect(admin.status).toBe(200)
    expect(admin.headers.get("content-type")).toMatch(/text\/html/)
    expect(await admin.text()).toMatch(/<div id="medusa"><\/div>/)

    const store = await fetch(`http://127.0.0.1:${port}/store/products?limit=5&fields=title,handle`, {
      headers: { "x-publishable-api-key": publishableKey },
    })
    expect(store.status).toBe(200)
    const { products, count } = await store.json()
    expect(count).toBeGreaterThanOrEqual(30)
    expect(products).toHaveLength(5)
  })

  it("stops the app and the embedded PostgreSQL on Ctrl-C, exiting 0 within 30 s", async () => {
    const pidFile = path.join(stateDir, "pg", "postmaster.pid")
    const postmaster = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
    expect(isAlive(postmaster)).toBe(true)

    const started = Date.now()
    // SIGINT to the whole process group, as a terminal's Ctrl-C reaches haat, Medusa and PostgreSQL.
    const { code, signal } = await haat.stop(30000)
    const tookMs = Date.now() - started
    console.log(`stopped in ${tookMs} ms with code ${code}; last lines:\n${haat.output().split("\n").slice(-6).join("\n")}`)
    expect(signal).toBeNull()
    expect(code).toBe(0)
    expect(tookMs).toBeLessThan(30000)

    expect(isAlive(postmaster)).toBe(false)
    expect(fs.existsSync(pidFile)).toBe(false)
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow()
  })
})
