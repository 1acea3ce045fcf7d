import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

// `npm start` with a configuration mistake must fail fast with one line that names the variable and
// the fix: no stack trace, nothing started.
jest.setTimeout(2 * 60 * 1000)

const root = path.resolve(__dirname, "..", "..")

function start(overrides: Record<string, string>, stateDir: string) {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    // Only what a user's shell would carry: none of the test runner's or this machine's Haat settings.
    if (value !== undefined && !/^(JEST_|DB_|HAAT_|MEDUSA_|NODE_OPTIONS$|NODE_ENV$|DATABASE_URL$|REDIS_URL$|JWT_SECRET$|COOKIE_SECRET$|PORT$)/.test(key)) {
      env[key] = value
    }
  }
  // A state folder of its own, so nothing this test provokes can touch .haat/.
  Object.assign(env, { HAAT_STATE_DIR: stateDir, HAAT_PG_PORT: "1" }, overrides)
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "haat.mjs"), "start"], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60 * 1000,
  })
  return { status: result.status, signal: result.signal, output: `${result.stdout}${result.stderr}` }
}

describe("npm start with a bad configuration", () => {
  let stateDir: string

  beforeEach(() => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "haat-badconf-"))
  })

  afterEach(() => {
    fs.rmSync(stateDir, { recursive: true, force: true })
  })

  it.each<{ what: string; env: Record<string, string>; names: string; fix: RegExp }>([
    {
      what: "an unreachable database",
      env: { DATABASE_URL: "postgres://nobody@127.0.0.1:1/x" },
      names: "DATABASE_URL",
      fix: /127\.0\.0\.1:1 .*start PostgreSQL there, correct DATABASE_URL, or unset it to use the embedded PostgreSQL/,
    },
    {
      what: "a Redis URL that is no URL",
      env: { REDIS_URL: "not-a-url" },
      names: "REDIS_URL",
      fix: /"not-a-url" is not a URL: use redis:\/\/host:6379/,
    },
    {
      what: "production without a JWT secret",
      env: { NODE_ENV: "production", COOKIE_SECRET: "a-cookie-secret-that-is-set" },
      names: "JWT_SECRET",
      fix: /set each to a long random string/,
    },
    {
      what: "an unknown worker mode",
      env: { MEDUSA_WORKER_MODE: "banana" },
      names: "MEDUSA_WORKER_MODE",
      fix: /"banana" must be one of shared, server, worker/,
    },
  ])("refuses $what in one line naming $names and the fix", ({ env, names, fix }) => {
    const { status, signal, output } = start(env, stateDir)
    expect(signal).toBeNull()
    expect(status).not.toBe(0)
    const lines = output.split("\n").filter((line) => line.trim() !== "")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^\[haat\] configuration error: /)
    expect(lines[0]).toContain(names)
    expect(lines[0]).toMatch(fix)
    expect(output).not.toMatch(/^\s+at /m)
    // Nothing was started: no embedded database was initialised, no secrets were needed.
    expect(fs.existsSync(path.join(stateDir, "pg"))).toBe(false)
  })
})
