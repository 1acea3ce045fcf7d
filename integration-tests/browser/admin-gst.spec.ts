import fs from "node:fs"
import { Browser, chromium, Page } from "playwright-core"
import { RunningApp, startHaat } from "../helpers/running-app"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const hasChromium = fs.existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(`admin browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)
}
const describeWithBrowser = hasChromium ? describe : describe.skip

const ADMIN_PASSWORD = "browser-test-password"

jest.setTimeout(15 * 60 * 1000)

describeWithBrowser("the GST admin pages, in Chromium against the built app", () => {
  let app: RunningApp
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startHaat({ HAAT_ADMIN_PASSWORD: ADMIN_PASSWORD })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    })
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${app.baseUrl}/app/login`)
    await page.fill('input[name="email"]', app.seed.admin_email)
    await page.fill('input[name="password"]', ADMIN_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/app\/orders/, { timeout: 60000 })
  })

  afterAll(async () => {
    await browser?.close()
    if (app) {
      expect(await app.stop()).toBe(0)
    }
  })

  it("shows the exact defect of a mistyped GSTIN and adds a valid one to the list", async () => {
    await page.goto(`${app.baseUrl}/app/gst`)
    await page.waitForSelector("text=GST registrations")
    // The demo seed supplies under a registration of its own.
    const rows = page.locator('[data-testid="gst-registration-row"]')
    await rows.first().waitFor()
    const seeded = await rows.count()
    await page.fill("#gst-gstin", "24AAACH1234F1Z5")
    await page.fill("#gst-legal_name", "Haat Foods Private Limited")
    await page.fill("#gst-address_line_1", "Plot 14, GIDC Estate")
    await page.fill("#gst-city", "Ahmedabad")
    await page.fill("#gst-postal_code", "382330")
    await page.click("text=Add registration")
    await page.waitForFunction(() => document.querySelector('[data-testid="gst-form-error"]')?.textContent?.includes("check character"))
    expect(await rows.count()).toBe(seeded)

    await page.fill("#gst-gstin", "24AAACH1234F1Z9")
    await page.click("text=Add registration")
    const row = rows.filter({ hasText: "24AAACH1234F1Z9" })
    await row.waitFor()
    expect(await rows.count()).toBe(seeded + 1)
    expect(await row.textContent()).toContain("Haat Foods Private Limited")
  })

  it("shows the store's default GSTIN on the store settings page", async () => {
    await page.goto(`${app.baseUrl}/app/gst`)
    const row = page.locator('[data-testid="gst-registration-row"]', { hasText: "24AAACH1234F1Z9" })
    await row.waitFor()
    const makeDefault = row.getByRole("button", { name: "Make default" })
    await makeDefault.click()
    await makeDefault.waitFor({ state: "detached" })
    await page.goto(`${app.baseUrl}/app/settings/store`)
    const widget = page.locator('[data-testid="store-gst-widget"]')
    await widget.waitFor({ timeout: 30000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="store-gst-widget"]')?.textContent?.includes("24AAACH1234F1Z9"))
    expect(await widget.textContent()).toContain("Haat Foods Private Limited")
  })
})
