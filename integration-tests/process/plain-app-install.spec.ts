import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { SMTPServer } from "smtp-server"
import type { ManagedProcess } from "../../scripts/lib/app-process.mjs" with { "resolution-mode": "import" }

// Each Haat plugin as an engineer installs it into an app of their own: the packed npm tarballs installed
// into a plain Medusa 2.21.2 app outside this repository (no Haat src/, no seed, no other Haat plugin),
// migrated and started, then used through its routes. Then all of them together with the admin built,
// their pages opened in Chromium.
jest.setTimeout(30 * 60 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
// The versions the workspace itself pins (the app's, else a plugin's development copy of the admin packages).
const manifests = ["package.json", "plugins/gst/package.json"].map((file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")))
const version = (name: string): string => {
  for (const m of manifests) {
    const v = m.dependencies?.[name] ?? m.devDependencies?.[name]
    if (v) return v
  }
  throw new Error(`${name} is pinned nowhere in the workspace`)
}

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const ADMIN = { email: "engineer@plain.test", password: "plain-app-password" }
// A valid GSTIN (Karnataka, check character computed by the mod-36 rule).
const GSTIN = "29AAACP1234A1Z1"

type Scenario = { name: string; config: string }
type Body = {
  message?: string
  gst_registration?: { gstin: string; state_code: string }
  tax_providers?: { id: string }[]
  payment_providers?: { id: string }[]
  distributors?: { slug: string }[]
}

const httpConfig = `http: {
      storeCors: "*", adminCors: "*", authCors: "*",
      jwtSecret: "plain-app-jwt-secret", cookieSecret: "plain-app-cookie-secret",
    },`

function medusaConfig({ plugins = "[]", modules = "[]", admin = false }: { plugins?: string; modules?: string; admin?: boolean }) {
  return `import { defineConfig } from "@medusajs/framework/utils"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // Served over plain http here: a Secure session cookie would never come back to the admin.
    cookieOptions: { secure: false, sameSite: "lax" },
    ${httpConfig}
  },
  admin: { disable: ${!admin} },
  plugins: ${plugins},
  modules: ${modules},
})
`
}

const gstPlugin = `{ resolve: "@haat/gst", options: {} }`
const gstTax = `{ resolve: "@medusajs/medusa/tax", options: { providers: [{ resolve: "@haat/gst/providers/gst-tax", id: "gst" }] } }`
const marketplacePlugin = `{ resolve: "@haat/marketplace", options: {} }`
const razorpayPayment = `{ resolve: "@medusajs/medusa/payment", options: { providers: [{ resolve: "@haat/payment-razorpay/providers/razorpay", id: "razorpay",
  options: { key_id: "rzp_test_plainapp", key_secret: "plain-secret", webhook_secret: "plain-webhook" } }] } }`

describe("each Haat plugin installed into a plain Medusa 2.21.2 app", () => {
  let lib: typeof import("../../scripts/lib/app-process.mjs", { with: { "resolution-mode": "import" } })
  let appDir: string
  let tarballs: Record<string, string>
  const running: ManagedProcess[] = []
  const databases: string[] = []

  const env = () => {
    const clean: Record<string, string> = {}
    for (const [k, v] of Object.entries(lib.cleanEnv())) {
      // npm's own settings from the surrounding `npm test` (workspace, prefix…) must not leak into the app's npm.
      if (v !== undefined && !k.startsWith("npm_")) clean[k] = v
    }
    return { ...clean, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "development" }
  }

  function run(cmd: string, args: string[], extra: Record<string, string> = {}, cwd = appDir) {
    const result = spawnSync(cmd, args, { cwd, env: { ...env(), ...extra }, encoding: "utf8", timeout: 15 * 60 * 1000 })
    if (result.status !== 0) {
      throw new Error(`${cmd} ${args.join(" ")} failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`)
    }
    return result.stdout
  }

  /** A fresh database, migrated for `config`, and the app started on it with an admin user. */
  async function startApp(scenario: Scenario, { built = false } = {}) {
    fs.writeFileSync(path.join(appDir, "medusa-config.ts"), scenario.config)
    const databaseUrl = lib.databaseUrl(`haat_plain_${scenario.name}_${process.pid}`)
    await lib.createFreshDatabase(databaseUrl)
    databases.push(databaseUrl)
    const bin = path.join(appDir, "node_modules", ".bin", "medusa")
    run(bin, ["db:migrate"], { DATABASE_URL: databaseUrl })
    run(bin, ["user", "-e", ADMIN.email, "-p", ADMIN.password], { DATABASE_URL: databaseUrl })
    const port = await lib.freePort()
    let cwd = appDir
    if (built) {
      run(bin, ["build"], { DATABASE_URL: databaseUrl })
      cwd = path.join(appDir, ".medusa", "server")
      // Medusa's deployment guide installs the build's dependencies in .medusa/server; they are the app's own.
      fs.symlinkSync(path.join(appDir, "node_modules"), path.join(cwd, "node_modules"))
    }
    const proc = lib.startProcess(bin, ["start", "--port", String(port)], {
      cwd,
      env: { ...env(), DATABASE_URL: databaseUrl, PORT: String(port), ...(built ? { NODE_ENV: "production" } : {}) },
    })
    running.push(proc)
    await lib.waitForHttp(port, proc, { ms: 5 * 60 * 1000 })
    const base = `http://127.0.0.1:${port}`
    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await login.json()) as { token: string }
    const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, body: ((await res.json().catch(() => null)) ?? {}) as Body }
    }
    return { base, proc, call }
  }

  beforeAll(async () => {
    lib = await import("../../scripts/lib/app-process.mjs")
    appDir = fs.mkdtempSync(path.join(os.tmpdir(), "haat-plain-app-"))
    tarballs = lib.packPlugins(ROOT, path.join(appDir, "packs"), env(), (line: string) => console.log(`[pack] ${line}`))
    const medusaPackages = ["@medusajs/medusa", "@medusajs/framework", "@medusajs/cli", "@medusajs/admin-sdk", "@medusajs/js-sdk", "@medusajs/icons", "@medusajs/ui"]
    const manifest = {
      name: "plain-medusa-app",
      private: true,
      dependencies: {
        ...Object.fromEntries(medusaPackages.map((p) => [p, version(p)])),
        react: version("react"),
        "react-dom": version("react-dom"),
        "react-router-dom": version("react-router-dom"),
        ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
      },
      devDependencies: Object.fromEntries(["typescript", "ts-node", "@swc/core", "@types/node", "vite"].map((p) => [p, version(p)])),
    }
    fs.writeFileSync(path.join(appDir, "package.json"), JSON.stringify(manifest, null, 2))
    fs.writeFileSync(
      path.join(appDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2021",
          module: "Node16",
          moduleResolution: "Node16",
          esModuleInterop: true,
          skipLibCheck: true,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          jsx: "react-jsx",
          outDir: ".medusa/server",
        },
        include: ["medusa-config.ts", "src"],
      })
    )
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"])
  })

  afterEach(async () => {
    while (running.length) {
      await running.pop()!.stop()
    }
  })

  afterAll(async () => {
    while (running.length) {
      await running.pop()!.kill()
    }
    for (const url of databases) {
      await lib.dropDatabase(url).catch(() => undefined)
    }
    if (appDir) fs.rmSync(appDir, { recursive: true, force: true })
  })

  it("installs @haat/gst alone: GSTIN checks, registrations and the GST tax provider", async () => {
    expect(Object.keys(tarballs)).toEqual(expect.arrayContaining(["@haat/india", "@haat/gst"]))
    const { call } = await startApp({ name: "gst", config: medusaConfig({ plugins: `[${gstPlugin}]`, modules: `[${gstTax}]` }) })

    const bad = await call("POST", "/admin/gst/registrations", {
      gstin: "29AAACP1234A1ZN",
      legal_name: "Plain Traders",
      address_line_1: "1 MG Road",
      city: "Bengaluru",
      postal_code: "560001",
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message ?? "").toMatch(/check character/)

    const created = await call("POST", "/admin/gst/registrations", {
      gstin: GSTIN,
      legal_name: "Plain Traders",
      address_line_1: "1 MG Road",
      city: "Bengaluru",
      postal_code: "560001",
    })
    expect(created.status).toBe(201)
    expect(created.body.gst_registration).toMatchObject({ gstin: GSTIN, state_code: "29" })

    const providers = await call("GET", "/admin/tax-providers")
    expect(providers.body.tax_providers?.map((p) => p.id)).toContain("tp_gst_gst")
  })

  it("installs @haat/marketplace alone: a distributor registers through its own actor", async () => {
    const { base, call } = await startApp({ name: "marketplace", config: medusaConfig({ plugins: `[${marketplacePlugin}]` }) })
    const register = await fetch(`${base}/auth/distributor/emailpass/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@plain.test", password: "distributor-password" }),
    })
    expect(register.status).toBe(200)
    const { token } = (await register.json()) as { token: string }
    const created = await fetch(`${base}/distributor/register`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        legal_name: "Plain Distributors Private Limited",
        slug: "plain-distributors",
        email: "owner@plain.test",
        member_name: "Plain Owner",
        gstin: GSTIN,
        pan: GSTIN.slice(2, 12),
        addresses: [{ address_1: "1 MG Road", city: "Bengaluru", state: "Karnataka", postal_code: "560001" }],
      }),
    })
    const text = await created.text()
    expect([created.status, text]).toEqual([201, expect.stringContaining("plain-distributors")])

    const listed = await call("GET", "/admin/distributors")
    expect(listed.status).toBe(200)
    expect(listed.body.distributors?.map((d) => d.slug)).toEqual(["plain-distributors"])
  })

  it("installs the provider packages alone: Razorpay is offered to regions, SMTP delivers email", async () => {
    const received: { from: string; to: string[]; body: string }[] = []
    const smtp = new SMTPServer({
      // A plain loopback connection: no certificate to trust, log-in allowed without TLS.
      secure: false,
      disabledCommands: ["STARTTLS"],
      logger: false,
      authOptional: false,
      allowInsecureAuth: true,
      onAuth: (auth, _session, cb) =>
        auth.username === "mailer" && auth.password === "mail-password" ? cb(null, { user: "mailer" }) : cb(new Error("bad login")),
      onData: (stream, session, cb) => {
        let body = ""
        stream.on("data", (chunk: Buffer) => (body += chunk.toString()))
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), body })
          cb()
        })
      },
    })
    const smtpPort = await lib.freePort()
    await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve))
    try {
      const smtpNotification = `{ resolve: "@medusajs/medusa/notification", options: { providers: [
        { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
        { resolve: "@haat/notification-smtp/providers/smtp", id: "smtp", options: {
          channels: ["email"], host: "127.0.0.1", port: ${smtpPort}, secure: false,
          auth: { user: "mailer", pass: "mail-password" }, from: "Plain Store <store@plain.test>",
          templates: { welcome: { subject: "Welcome, {{ name }}", text: "Hello {{ name }}, your account is ready." } } } }] } }`
      const { call } = await startApp({ name: "providers", config: medusaConfig({ modules: `[${razorpayPayment}, ${smtpNotification}]` }) })
      const providers = await call("GET", "/admin/payments/payment-providers")
      expect(providers.status).toBe(200)
      expect(providers.body.payment_providers?.map((p) => p.id)).toContain("pp_razorpay_razorpay")

      // An engineer's own code sends through Medusa's notification module; the provider delivers it.
      fs.mkdirSync(path.join(appDir, "src", "scripts"), { recursive: true })
      fs.writeFileSync(
        path.join(appDir, "src", "scripts", "send-welcome.ts"),
        `import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export default async function sendWelcome({ container }: ExecArgs) {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: "asha@plain.test", channel: "email", template: "welcome", data: { name: "Asha <Owner>" },
  })
}
`
      )
      // Not spawnSync: the SMTP server runs in this process and must answer while the script sends.
      const exec = lib.startProcess(path.join(appDir, "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/send-welcome.ts"], {
        cwd: appDir,
        env: { ...env(), DATABASE_URL: databases[databases.length - 1] },
      })
      const { code } = await exec.exited
      expect([code, code === 0 ? "" : exec.output().slice(-3000)]).toEqual([0, ""])
      expect(received).toHaveLength(1)
      expect(received[0].from).toBe("store@plain.test")
      expect(received[0].to).toEqual(["asha@plain.test"])
      expect(received[0].body).toContain("Subject: Welcome, Asha <Owner>")
      expect(received[0].body).toContain("Hello Asha <Owner>, your account is ready.")
    } finally {
      fs.rmSync(path.join(appDir, "src"), { recursive: true, force: true })
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
    }
  })

  const describeAdmin = fs.existsSync(CHROMIUM) ? it : it.skip
  describeAdmin("builds the admin with every plugin and shows their pages in Chromium", async () => {
    const { chromium } = await import("playwright-core")
    const { base } = await startApp(
      {
        name: "all",
        config: medusaConfig({
          admin: true,
          plugins: `[${gstPlugin}, ${marketplacePlugin}]`,
          modules: `[${gstTax}, ${razorpayPayment}]`,
        }),
      },
      { built: true }
    )
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      await page.goto(`${base}/app/login`)
      await page.fill('input[name="email"]', ADMIN.email)
      await page.fill('input[name="password"]', ADMIN.password)
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/app\/orders/, { timeout: 60000 })
      await page.goto(`${base}/app/gst`)
      await page.waitForSelector("text=GST registrations", { timeout: 60000 })
      await page.goto(`${base}/app/distributors`)
      await page.waitForSelector("text=Distributors", { timeout: 60000 })
    } finally {
      await browser.close()
    }
  })
})
