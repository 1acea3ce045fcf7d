import { Browser, Page } from "playwright-core"
import { describeWithChromium, openAdmin } from "../helpers/admin-browser"
import { RunningApp, startHaat } from "../helpers/running-app"

const ADMIN_PASSWORD = "browser-test-password"

jest.setTimeout(15 * 60 * 1000)

/** The IST calendar month before `now`, as YYYY-MM and as the [start, end) instants a settlement close takes. */
function previousMonth(now = new Date()) {
  const ist = new Date(now.getTime() + 330 * 60 * 1000)
  const year = ist.getUTCFullYear()
  const month = ist.getUTCMonth() // 0-based: the current month; the previous one is month - 1
  const start = new Date(Date.UTC(year, month - 1, 1) - 330 * 60 * 1000)
  const end = new Date(Date.UTC(year, month, 1) - 330 * 60 * 1000)
  const previous = new Date(Date.UTC(year, month - 1, 1))
  return {
    period: `${previous.getUTCFullYear()}-${String(previous.getUTCMonth() + 1).padStart(2, "0")}`,
    period_start: start.toISOString(),
    period_end: end.toISOString(),
  }
}

describeWithChromium("the GSTR-8 admin page, in Chromium against the built app", () => {
  let app: RunningApp
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startHaat({ HAAT_ADMIN_PASSWORD: ADMIN_PASSWORD })
    const opened = await openAdmin(app, ADMIN_PASSWORD)
    browser = opened.browser
    page = opened.page
  })

  afterAll(async () => {
    await browser?.close()
    if (app) {
      expect(await app.stop()).toBe(0)
    }
  })

  it("says why a month's GSTR-8 is not ready, then previews it once the month's settlements are closed", async () => {
    const month = previousMonth()
    await page.goto(`${app.baseUrl}/app/gst/gstr8`)
    await page.waitForSelector("text=GSTR-8 (TCS)")
    // The default GSTIN is picked once the registrations load; the period defaults to the month before.
    await page.waitForFunction(() => !!document.querySelector("#gstr8-gstin")?.textContent?.match(/\d{2}[A-Z]{5}\d{4}[A-Z]/))
    expect(await page.inputValue("#gstr8-period")).toBe(month.period)
    await page.click("text=Preview")
    const error = page.locator('[data-testid="gstr8-error"]')
    await error.waitFor()
    expect(await error.textContent()).toContain(`GSTR-8 for ${month.period}`)
    expect(await error.textContent()).toContain("not ready")

    // Close the month through the Admin API, with the page's own session, as the settlements page would.
    const closed = await page.evaluate(async (body) => {
      const res = await fetch("/admin/settlements/close", {
        method: "POST",
        headers: { "content-type": "application/json" },
        credentials: "include",
        body: JSON.stringify(body),
      })
      return res.status
    }, { period_start: month.period_start, period_end: month.period_end })
    expect(closed).toBe(200)

    // The period is closed by a subscriber after the close: preview until the statement shows.
    const statement = page.locator('[data-testid="gstr8-statement"]')
    for (let i = 0; i < 30 && !(await statement.isVisible()); i++) {
      await page.click("text=Preview")
      await page.waitForTimeout(500)
    }
    await statement.waitFor()
    expect(await statement.textContent()).toContain(`· ${month.period}`)
    expect(await statement.textContent()).toContain("No TCS was collected in this period.")
    const filing = page.locator('[data-testid="gstr8-filing"]')
    expect(await filing.textContent()).toBe("not filed")
    await page.getByRole("button", { name: "Download JSON" }).waitFor()

    await page.click("text=Mark as filed")
    await page.waitForFunction(() => /^filed \d{4}-\d{2}-\d{2}$/.test(document.querySelector('[data-testid="gstr8-filing"]')?.textContent ?? ""))
    expect(await page.getByRole("button", { name: "Mark as filed" }).count()).toBe(0)
  })
})
