import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./seed/demo-data"

/** `npm run seed`: the demo store, and .haat/seed.json for `npm start` to print the logins and key. */
export default async function seed({ container }: ExecArgs) {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const adminPassword = process.env.HAAT_ADMIN_PASSWORD || "haat-admin"
  const data = await seedDemoData(container, {
    adminEmail: process.env.HAAT_ADMIN_EMAIL || "admin@haat.local",
    adminPassword,
    customerPassword: process.env.HAAT_DEMO_CUSTOMER_PASSWORD || "haat-customer",
  })
  const summary = {
    ...data,
    admin_password_hint: process.env.HAAT_ADMIN_PASSWORD ? "(HAAT_ADMIN_PASSWORD)" : adminPassword,
  }
  // scripts/haat.mjs passes its state folder (HAAT_STATE_DIR, .haat/ by default) and prints the banner from there.
  const stateDir = path.resolve(process.cwd(), process.env.HAAT_STATE_DIR || ".haat")
  fs.mkdirSync(stateDir, { recursive: true })
  fs.writeFileSync(path.join(stateDir, "seed.json"), JSON.stringify(summary, null, 2))
  logger.info(`Haat demo data ready. Publishable key for the storefront: ${data.publishable_key}`)
  logger.info(`Admin login: ${data.admin_email} / ${summary.admin_password_hint}`)
}
