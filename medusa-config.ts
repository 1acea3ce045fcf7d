import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { emailTemplates } from "./src/emails/templates"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Every setting comes from the environment with a working default; README.md lists each one.
const env = process.env
const isProduction = ["production", "prod"].includes(env.NODE_ENV ?? "")
const redisUrl = env.REDIS_URL || undefined
const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`

// Medusa would otherwise sign tokens with a public default; in production refuse to start instead.
if (isProduction && (!env.JWT_SECRET || !env.COOKIE_SECRET)) {
  throw new Error(
    "JWT_SECRET and COOKIE_SECRET must be set when NODE_ENV=production (any long random strings, e.g. `openssl rand -hex 32`)"
  )
}

// A Secure cookie is never sent back over plain http, so admin sessions only work with it on https.
const cookieSecure = env.COOKIE_SECURE ? env.COOKIE_SECURE === "true" : backendUrl.startsWith("https://")

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

type ProviderEntry = { resolve: string; id: string; options: Record<string, unknown> }

const paymentProviders: ProviderEntry[] = []
if (env.STRIPE_API_KEY) {
  paymentProviders.push({
    resolve: "@medusajs/medusa/payment-stripe",
    id: "stripe",
    options: {
      apiKey: env.STRIPE_API_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      capture: env.STRIPE_AUTO_CAPTURE === "true",
    },
  })
}
if (env.RAZORPAY_KEY_ID && env.RAZORPAY_KEY_SECRET) {
  paymentProviders.push({
    resolve: "@haat/payment-razorpay/providers/razorpay",
    id: "razorpay",
    options: {
      key_id: env.RAZORPAY_KEY_ID,
      key_secret: env.RAZORPAY_KEY_SECRET,
      webhook_secret: env.RAZORPAY_WEBHOOK_SECRET,
      auto_capture: env.RAZORPAY_AUTO_CAPTURE === "true",
    },
  })
}

// HAAT_PLUGINS picks which Haat plugins load ("all" by default, "none" for plain Medusa, or a comma list such as "gst").
const HAAT_PLUGINS: Record<string, { resolve: string; options: Record<string, unknown> }> = {
  gst: {
    resolve: "@haat/gst",
    options: {
      shipping_rate: env.HAAT_GST_SHIPPING_RATE || "main_supply",
      export_with_igst: env.HAAT_GST_EXPORT_WITH_IGST === "true",
    },
  },
  marketplace: {
    resolve: "@haat/marketplace",
    options: {
      // Bank account numbers are stored encrypted with this secret; required when NODE_ENV=production.
      encryption_key: env.MARKETPLACE_ENCRYPTION_KEY,
      // Origins allowed to call /distributor/* (the distributor portal).
      distributor_cors: env.DISTRIBUTOR_CORS || `http://localhost:5173,http://localhost:7001,http://localhost:9000,${backendUrl}`,
      // The portal page that accepts an invite; the emailed link is this URL with ?token=.
      invite_url: env.DISTRIBUTOR_INVITE_URL || "http://localhost:5173/invite",
    },
  },
}
const wantedPlugins = (env.HAAT_PLUGINS || "all").split(",").map((p) => p.trim())
const unknownPlugins = wantedPlugins.filter((p) => !["all", "none", ...Object.keys(HAAT_PLUGINS)].includes(p))
if (unknownPlugins.length) {
  throw new Error(`HAAT_PLUGINS names unknown plugins: ${unknownPlugins.join(", ")} (known: ${Object.keys(HAAT_PLUGINS).join(", ")})`)
}
const plugins = Object.entries(HAAT_PLUGINS)
  .filter(([name]) => wantedPlugins.includes("all") || wantedPlugins.includes(name))
  .map(([, plugin]) => plugin)

const modules: ModuleEntry[] = [
  {
    key: Modules.PAYMENT,
    resolve: "@medusajs/medusa/payment",
    // Cash on delivery is Medusa's system provider (pp_system_default), always registered.
    options: { providers: paymentProviders },
  },
]

// GST on carts and orders: @haat/gst's tax provider (tp_gst_gst), for the tax regions that name it.
if (plugins.includes(HAAT_PLUGINS.gst)) {
  modules.push({
    key: Modules.TAX,
    resolve: "@medusajs/medusa/tax",
    options: { providers: [{ resolve: "@haat/gst/providers/gst-tax", id: "gst" }] },
  })
}

// Email goes out over SMTP (@haat/notification-smtp) when SMTP_HOST is set. Without it, Medusa's local
// provider takes the email channel too: it logs each email instead of sending it, so invites still work.
// Medusa's default "feed" channel (admin notifications) stays on the local provider either way.
const smtpPort = env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined
if (smtpPort !== undefined && !(Number.isInteger(smtpPort) && smtpPort > 0 && smtpPort < 65536)) {
  throw new Error(`SMTP_PORT must be a TCP port number (1-65535), not "${env.SMTP_PORT}"`)
}
if (env.SMTP_SECURE && !["true", "false"].includes(env.SMTP_SECURE)) {
  throw new Error(`SMTP_SECURE must be true or false, not "${env.SMTP_SECURE}"`)
}
modules.push({
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: env.SMTP_HOST
      ? [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          {
            resolve: "@haat/notification-smtp/providers/smtp",
            id: "smtp",
            options: {
              channels: ["email"],
              host: env.SMTP_HOST,
              port: smtpPort,
              secure: env.SMTP_SECURE === "true",
              auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
              from: env.SMTP_FROM || "Haat <no-reply@haat.local>",
              templates: emailTemplates,
            },
          },
        ]
      : [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed", "email"] } }],
  },
})

if (redisUrl) {
  modules.push(
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    }
  )
}

export default defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseLogging: env.DATABASE_LOGGING === "true",
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "server" | "worker" | undefined) ?? "shared",
    cookieOptions: { secure: cookieSecure, sameSite: "lax" },
    http: {
      storeCors: env.STORE_CORS || "http://localhost:8000",
      adminCors: env.ADMIN_CORS || `http://localhost:5173,http://localhost:9000,${backendUrl}`,
      authCors: env.AUTH_CORS || `http://localhost:5173,http://localhost:8000,http://localhost:9000,${backendUrl}`,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    path: "/app",
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
    disable: env.MEDUSA_DISABLE_ADMIN === "true",
  },
  plugins,
  modules,
})
