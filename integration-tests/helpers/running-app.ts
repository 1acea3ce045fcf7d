import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"

const ROOT = path.resolve(__dirname, "..", "..")

export type RunningApp = {
  baseUrl: string
  /** The app's own database, for a test that must arrange what no API can (e.g. an order placed last week). */
  databaseUrl: string
  seed: { publishable_key: string; admin_email: string; admin_password_hint: string }
  output: () => string
  stop: () => Promise<number | null>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function adminUrl(): string {
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  const user = process.env.DB_USERNAME || "postgres"
  const password = process.env.DB_PASSWORD || ""
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}`
}

async function dropDatabase(name: string) {
  const client = new Client({ connectionString: `${adminUrl()}/postgres` })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/**
 * Runs Haat the way a user does (`npm start`: build if needed, migrate, seed, serve the built app and
 * admin) against a fresh database, and stops it with Ctrl-C (SIGINT) as a user would.
 */
export async function startHaat(env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort()
  const database = `haat_run_${process.pid}_${port}`
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "haat-state-"))
  let log = ""
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts", "haat.mjs"), "start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "",
      NODE_OPTIONS: "",
      DATABASE_URL: `${adminUrl()}/${database}`,
      PORT: String(port),
      HAAT_STATE_DIR: stateDir,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout?.on("data", (chunk) => (log += chunk))
  child.stderr?.on("data", (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))

  const deadline = Date.now() + 10 * 60 * 1000
  while (!log.includes("Haat is up")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`Haat did not start:\n${log.slice(-4000)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  const seed = JSON.parse(fs.readFileSync(path.join(stateDir, "seed.json"), "utf8"))
  return {
    baseUrl: `http://localhost:${port}`,
    databaseUrl: `${adminUrl()}/${database}`,
    seed,
    output: () => log,
    stop: async () => {
      child.kill("SIGINT")
      const code = await exited
      await dropDatabase(database)
      fs.rmSync(stateDir, { recursive: true, force: true })
      return code
    },
  }
}
