import fs from "node:fs"
import { Browser, chromium, Page } from "playwright-core"
import type { RunningApp } from "./running-app"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const hasChromium = fs.existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(`admin browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)
}

/** `describe` when Debian's Chromium is there, else `describe.skip`. */
export const describeWithChromium = hasChromium ? describe : describe.skip

/** Chromium on the running app's admin, logged in as the seeded admin with `password`. */
export async function openAdmin(app: RunningApp, password: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
  await page.goto(`${app.baseUrl}/app/login`)
  await page.fill('input[name="email"]', app.seed.admin_email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/app\/orders/, { timeout: 60000 })
  return { browser, page }
}
