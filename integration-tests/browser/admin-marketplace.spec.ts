import fs from "node:fs"
import { Client } from "pg"
import type { Browser, Page } from "playwright-core"
import { describeWithChromium, openAdmin } from "../helpers/admin-browser"
import { RunningApp, startHaat } from "../helpers/running-app"

const ADMIN_PASSWORD = "browser-test-password"
const DISTRIBUTOR_PASSWORD = "distributor-password"

jest.setTimeout(15 * 60 * 1000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies are read field by field, as a client does
type Body = any
type Auth = Record<string, string>

/** Money as the admin shows it (en-IN, INR), computed here from the API's decimal text. */
const inr = (value: number | string) => new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" }).format(Number(value))
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

describeWithChromium("the marketplace admin pages, in Chromium against the built app", () => {
  let app: RunningApp
  let browser: Browser
  let page: Page
  let admin: Auth
  let store: Auth
  let shah: { id: string; auth: Auth }
  let kaju: { variant_id: string; product_title: string; variant_title: string }
  let kajuListingId: string

  const call = async (method: string, path: string, body?: unknown, headers: Auth = {}): Promise<Body> => {
    const isForm = body instanceof FormData
    const res = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { ...(body && !isForm ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`)
    return text ? JSON.parse(text) : {}
  }
  const bearer = (token: string): Auth => ({ authorization: `Bearer ${token}` })

  /** Sign-up as the distributor portal does it: auth identity, /distributor/register, log in again. */
  const registerDistributor = async (email: string, profile: Record<string, unknown>) => {
    const { token } = await call("POST", "/auth/distributor/emailpass/register", { email, password: DISTRIBUTOR_PASSWORD })
    const { distributor } = await call("POST", "/distributor/register", profile, bearer(token))
    const login = await call("POST", "/auth/distributor/emailpass", { email, password: DISTRIBUTOR_PASSWORD })
    return { id: distributor.id as string, auth: bearer(login.token) }
  }

  const uploadKyc = (auth: Auth, type: string) => {
    const form = new FormData()
    form.append("type", type)
    form.append("file", new Blob([Buffer.from(`%PDF-1.4 ${type}`)], { type: "application/pdf" }), `${type}.pdf`)
    return call("POST", "/distributor/kyc-documents", form, auth)
  }

  const rowsOf = (testId: string) => page.locator(`[data-testid="${testId}"]`)
  const textOf = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim()

  beforeAll(async () => {
    app = await startHaat({ HAAT_ADMIN_PASSWORD: ADMIN_PASSWORD })
    admin = bearer((await call("POST", "/auth/user/emailpass", { email: app.seed.admin_email, password: ADMIN_PASSWORD })).token)
    store = { "x-publishable-api-key": app.seed.publishable_key }

    shah = await registerDistributor("nirav@shahsweets.example.in", {
      legal_name: "Shah Sweets Private Limited",
      trade_name: "Shah Sweets",
      member_name: "Nirav Shah",
      gstin: "24AAACS1234K1ZN",
      pan: "AAACS1234K",
      addresses: [{ type: "pickup", address_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", state: "Gujarat", postal_code: "382445" }],
    })
    await registerDistributor("sneha@patilfoods.example.in", {
      legal_name: "Patil Foods LLP",
      member_name: "Sneha Patil",
      gstin: "27AABCP5678L1ZT",
      pan: "AABCP5678L",
      addresses: [{ type: "registered", address_1: "9 Market Yard", city: "Pune", state: "27", postal_code: "411037" }],
    })
    for (const type of ["gst_certificate", "pan_card", "cancelled_cheque"]) await uploadKyc(shah.auth, type)
    await call("POST", "/distributor/me/submit", {}, shah.auth)

    const { products } = await call("GET", "/store/products?handle=kaju-katli&fields=title,variants.id,variants.title", undefined, store)
    const variant = products[0].variants.find((v: Body) => v.title === "500 g")
    kaju = { variant_id: variant.id, product_title: products[0].title, variant_title: variant.title }

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

  it("lists distributors with GSTIN and status, counts them as the API does, and finds one by name", async () => {
    const api = await call("GET", "/admin/distributors", undefined, admin)
    await page.goto(`${app.baseUrl}/app/distributors`)
    await rowsOf("distributor-row").filter({ hasText: "Patil Foods LLP" }).waitFor()
    expect(await rowsOf("distributor-row").count()).toBe(api.count)
    await page.locator(`text=${api.count} distributors`).waitFor()
    const shahRow = rowsOf("distributor-row").filter({ hasText: "Shah Sweets" })
    expect(await shahRow.textContent()).toContain("24AAACS1234K1ZN")
    expect(await shahRow.textContent()).toContain("in review")
    expect(await rowsOf("distributor-row").filter({ hasText: "Patil Foods LLP" }).textContent()).toContain("pending")

    await page.fill('input[placeholder="Search name or GSTIN"]', "Patil")
    await page.locator("text=1 distributors").waitFor()
    expect(await rowsOf("distributor-row").count()).toBe(1)
    expect(await rowsOf("distributor-row").first().textContent()).toContain("27AABCP5678L1ZT")
  })

  it("reviews KYC: approves documents and rejects one with the reason the distributor then sees", async () => {
    await page.goto(`${app.baseUrl}/app/distributors/${shah.id}`)
    const row = (type: string) => rowsOf("kyc-row").filter({ hasText: type })
    await row("gst certificate").waitFor()
    for (const type of ["gst certificate", "pan card"]) {
      await row(type).getByRole("button", { name: "Approve" }).click()
      await row(type).filter({ hasText: "approved" }).waitFor()
    }
    const cheque = row("cancelled cheque")
    expect(await cheque.getByRole("button", { name: "Reject" }).isDisabled()).toBe(true)
    await cheque.locator('input[placeholder="Reason to reject"]').fill("Cheque image is blurred; upload a clear scan")
    // The document's reason is not the distributor's: rejecting the distributor still needs a reason of its own.
    expect(await page.locator('[data-testid="status-actions"]').getByRole("button", { name: "Reject" }).isDisabled()).toBe(true)
    await cheque.getByRole("button", { name: "Reject" }).click()
    await cheque.filter({ hasText: "Cheque image is blurred; upload a clear scan" }).waitFor()
    expect(await cheque.textContent()).toContain("rejected")

    const { kyc_documents } = await call("GET", "/distributor/kyc-documents", undefined, shah.auth)
    const byType = Object.fromEntries(kyc_documents.map((d: Body) => [d.type, [d.status, d.reason]]))
    expect(byType).toEqual({
      gst_certificate: ["approved", null],
      pan_card: ["approved", null],
      cancelled_cheque: ["rejected", "Cheque image is blurred; upload a clear scan"],
    })
  })

  it("verifies and suspends a distributor; each transition and its reason shows in the status history", async () => {
    await page.goto(`${app.baseUrl}/app/distributors/${shah.id}`)
    const status = page.locator('[data-testid="distributor-status"]')
    await status.filter({ hasText: "in review" }).waitFor()
    await page.getByRole("button", { name: "Verify" }).click()
    await status.filter({ hasText: "verified" }).waitFor()

    const suspend = page.getByRole("button", { name: "Suspend" })
    expect(await suspend.isDisabled()).toBe(true)
    await page.fill("#status-reason", "GST returns not filed for two months")
    await suspend.click()
    await status.filter({ hasText: "suspended" }).waitFor()
    await page.locator("text=Reason: GST returns not filed for two months").waitFor()
    const suspended = rowsOf("status-change-row").filter({ hasText: "verified → suspended" })
    await suspended.waitFor()
    expect(await suspended.textContent()).toContain("GST returns not filed for two months")
    expect(await suspended.textContent()).toContain("user")

    // Reinstated, so the orders below can be placed with it.
    await page.getByRole("button", { name: "Verify" }).click()
    await rowsOf("status-change-row").filter({ hasText: "suspended → verified" }).waitFor()

    const { distributor } = await call("GET", `/admin/distributors/${shah.id}`, undefined, admin)
    expect(distributor.status).toBe("verified")
    expect(distributor.status_changes.map((c: Body) => `${c.from_status}→${c.to_status}:${c.reason ?? ""}`)).toEqual(
      expect.arrayContaining([
        "in_review→verified:",
        "verified→suspended:GST returns not filed for two months",
        "suspended→verified:",
      ])
    )
    expect(await rowsOf("status-change-row").count()).toBe(distributor.status_changes.length)
  })

  it("reviews listings: approves one, rejects another with a reason, and the queue empties", async () => {
    const { products } = await call("GET", "/store/products?handle=california-almonds&fields=title,variants.id,variants.title", undefined, store)
    const almonds = products[0].variants.find((v: Body) => v.title === "250 g")
    kajuListingId = (
      await call("POST", "/distributor/listings", { variant_id: kaju.variant_id, sku: "SHAH-KAJU-500", price: "610.00", mrp: "640.00", stocked_quantity: 40 }, shah.auth)
    ).listing.id
    await call("POST", "/distributor/listings", { variant_id: almonds.id, sku: "SHAH-ALMOND-250", price: "240.00", mrp: "250.00", stocked_quantity: 25 }, shah.auth)

    await page.goto(`${app.baseUrl}/app/listing-reviews`)
    await page.locator("text=2 listings wait for review").waitFor()
    const kajuRow = rowsOf("listing-row").filter({ hasText: "SHAH-KAJU-500" })
    const kajuText = await kajuRow.textContent()
    expect(kajuText).toContain(`${kaju.product_title} · ${kaju.variant_title}`)
    expect(kajuText).toContain("₹610.00 / ₹640.00")
    expect(kajuText).toContain("Shah Sweets Private Limited")

    const almondRow = rowsOf("listing-row").filter({ hasText: "SHAH-ALMOND-250" })
    expect(await almondRow.getByRole("button", { name: "Reject" }).isDisabled()).toBe(true)
    await almondRow.locator('input[placeholder="Reason to reject"]').fill("MRP printed on the pack is ₹260")
    await almondRow.getByRole("button", { name: "Reject" }).click()
    await page.locator("text=1 listings wait for review").waitFor()
    await kajuRow.getByRole("button", { name: "Approve" }).click()
    await page.locator("text=0 listings wait for review").waitFor()
    expect(await rowsOf("listing-row").count()).toBe(0)

    const { listings } = await call("GET", "/distributor/listings", undefined, shah.auth)
    const bySku = Object.fromEntries(listings.map((l: Body) => [l.sku, [l.status, l.reason]]))
    expect(bySku).toEqual({ "SHAH-KAJU-500": ["approved", null], "SHAH-ALMOND-250": ["rejected", "MRP printed on the pack is ₹260"] })
  })

  it("adds commission rules on the commission rules page, shows the server's refusal, and the rule it added is the one that applies", async () => {
    await page.goto(`${app.baseUrl}/app/commission-rules`)
    await page.locator("text=No rule yet").waitFor()
    await page.fill("#rule-name", "Marketplace default")
    await page.fill("#rule-value", "5")
    await page.fill("#rule-from", "2024-01-01")
    await page.getByRole("button", { name: "Add rule" }).click()
    const rules = rowsOf("commission-rule-row")
    await rules.filter({ hasText: "Marketplace default" }).waitFor()
    expect(await rules.first().textContent()).toContain("5% of the line")

    await page.click("#rule-scope")
    await page.getByRole("option", { name: "Distributor" }).click()
    await page.click("#rule-distributor")
    await page.getByRole("option", { name: "Shah Sweets" }).click()
    await page.fill("#rule-name", "Shah Sweets")
    await page.fill("#rule-value", "150")
    await page.fill("#rule-from", "2024-01-01")
    await page.getByRole("button", { name: "Add rule" }).click()
    await page.locator('[data-testid="commission-rule-error"]', { hasText: "a percent commission cannot exceed 100, got 150" }).waitFor()
    expect(await rules.count()).toBe(1)

    await page.fill("#rule-value", "8")
    await page.getByRole("button", { name: "Add rule" }).click()
    const shahRule = rules.filter({ hasText: "Distributor: Shah Sweets" })
    await shahRule.waitFor()
    expect(await shahRule.textContent()).toContain("8% of the line")
    expect(await rules.count()).toBe(2)

    const { commission_rules } = await call("GET", "/admin/commission-rules", undefined, admin)
    expect(commission_rules.map((r: Body) => [r.name, r.scope, r.scope_id, r.type, Number(r.value)]).sort()).toEqual([
      ["Marketplace default", "default", null, "percent", 5],
      ["Shah Sweets", "distributor", shah.id, "percent", 8],
    ])
    // 2 × ₹610: the distributor's own 8% applies, not the default 5%.
    const resolved = await call("POST", "/admin/commissions/resolve", { distributor_id: shah.id, quantity: 2, amount: "1220.00" }, admin)
    expect(resolved.commission_rule).toMatchObject({ scope: "distributor", scope_id: shah.id, type: "percent" })
    expect(resolved.commission_amount).toBe("97.60")
  })

  it("closes a settlement period, shows the figures the API computed, and downloads the statement", async () => {
    // A customer buys two boxes of Shah Sweets' kaju katli, cash on delivery.
    const { regions } = await call("GET", "/store/regions", undefined, store)
    const india = regions.find((r: Body) => r.currency_code === "inr")
    const { cart } = await call("POST", "/store/carts", { region_id: india.id, email: "priya.shah@example.in" }, store)
    await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: kaju.variant_id, quantity: 2, metadata: { listing_id: kajuListingId } }, store)
    const address = { first_name: "Priya", last_name: "Shah", address_1: "12 Law Garden Road", city: "Ahmedabad", province: "in-gj", postal_code: "380006", country_code: "in", phone: "+919825000001" }
    await call("POST", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, store)
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, store)
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options.find((o: Body) => o.name.startsWith("Standard")).id }, store)
    const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, store)
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    const completed = await call("POST", `/store/carts/${cart.id}/complete`, {}, store)
    expect(completed.type).toBe("order")

    // The split runs in a subscriber after the response; wait for Shah Sweets' part of the order.
    let split: Body[] = []
    for (let i = 0; i < 150 && !split.length; i++) {
      split = (await call("GET", "/distributor/orders", undefined, shah.auth)).distributor_orders.filter((o: Body) => o.order_id === completed.order.id)
      if (!split.length) await new Promise((r) => setTimeout(r, 200))
    }
    expect(split).toHaveLength(1)
    // A period can be closed only once it is over: the order counts as placed yesterday.
    const db = new Client({ connectionString: app.databaseUrl })
    await db.connect()
    try {
      await db.query(`UPDATE distributor_order SET created_at = now() - interval '1 day' WHERE id = $1`, [split[0].id])
    } finally {
      await db.end()
    }

    const start = isoDay(new Date(Date.now() - 3 * 24 * 60 * 60 * 1000))
    const end = isoDay(new Date())
    await page.goto(`${app.baseUrl}/app/settlements`)
    await page.locator("text=No settlement yet").waitFor()
    await page.fill("#period_start", end)
    await page.fill("#period_end", start)
    await page.getByRole("button", { name: "Close period for all distributors" }).click()
    await page.locator('[data-testid="settlement-close-error"]', { hasText: "period_start must be before period_end" }).waitFor()

    await page.fill("#period_start", start)
    await page.fill("#period_end", end)
    await page.getByRole("button", { name: "Close period for all distributors" }).click()
    const row = rowsOf("settlement-row").filter({ hasText: "Shah Sweets" })
    await row.waitFor()

    const { settlements } = await call("GET", "/admin/settlements", undefined, admin)
    expect(settlements).toHaveLength(1)
    const settlement = settlements[0]
    expect(Number(settlement.gross_amount)).toBeGreaterThan(0)
    const rowText = (await row.textContent()) ?? ""
    expect(rowText).toContain(inr(settlement.gross_amount))
    expect(rowText).toContain(inr(settlement.net_payable))
    expect(rowText).toContain("closed")

    await row.getByRole("link").click()
    await page.waitForURL(new RegExp(`/app/settlements/${settlement.id}`))
    const net = rowsOf("settlement-summary-row").filter({ hasText: "Net payable" })
    await net.waitFor()
    expect(await net.textContent()).toContain(inr(settlement.net_payable))
    const commission = rowsOf("settlement-summary-row").filter({ hasText: "Less: commission" })
    expect(await commission.textContent()).toContain(inr(settlement.commission_amount))

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Statement CSV" }).click()])
    expect(download.suggestedFilename()).toBe(`settlement-${settlement.id}.csv`)
    const csv = fs.readFileSync((await download.path())!, "utf8")
    expect(csv).toContain("24AAACS1234K1ZN")
    expect(csv).toMatch(new RegExp(`Net payable,"?${Number(settlement.net_payable).toFixed(2)}`))
  })

  it("draws the dashboard's charts and shows the GMV and commission the API reports", async () => {
    const { dashboard } = await call("GET", "/admin/marketplace/dashboard", undefined, admin)
    const ofShah = dashboard.by_distributor.find((d: Body) => d.distributor_id === shah.id)
    expect(ofShah.orders).toBe(1)
    expect(Number(dashboard.gmv)).toBeGreaterThan(0)

    await page.goto(`${app.baseUrl}/app/marketplace-dashboard`)
    await page.locator('[data-testid="marketplace-totals"]').waitFor()
    expect(await textOf('[data-testid="marketplace-totals"]')).toBe(`GMV ${inr(dashboard.gmv)} · commission ${inr(dashboard.commission)}`)

    // One GMV and one commission bar per distributor with sales; one pie slice per status, labelled with its count.
    await page.locator('[data-testid="gmv-chart"] .recharts-bar-rectangle path').first().waitFor()
    const withSales = dashboard.by_distributor.filter((d: Body) => Number(d.gmv) > 0).length
    expect(await page.locator('[data-testid="gmv-chart"] .recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(withSales * 2)
    const sectors = page.locator('[data-testid="status-chart"] .recharts-pie-sector')
    await sectors.first().waitFor()
    expect(await sectors.count()).toBe(dashboard.distributors_by_status.length)
    // Recharts draws a pie's labels only once its opening animation has finished.
    const pieLabels = page.locator('[data-testid="status-chart"] .recharts-pie-label-text')
    await pieLabels.nth(dashboard.distributors_by_status.length - 1).waitFor()
    const labels = await pieLabels.allTextContents()
    expect(labels.map(Number).sort()).toEqual(dashboard.distributors_by_status.map((s: Body) => s.count).sort())
    const legend = await page.locator('[data-testid="status-chart"] .recharts-legend-item-text').allTextContents()
    expect(legend.sort()).toEqual(dashboard.distributors_by_status.map((s: Body) => s.status).sort())

    const row = rowsOf("dashboard-row").filter({ hasText: ofShah.name })
    const text = (await row.textContent()) ?? ""
    expect(text).toContain(inr(ofShah.gmv))
    expect(text).toContain(inr(ofShah.commission))
    expect(await rowsOf("dashboard-row").count()).toBe(dashboard.by_distributor.length)
  })

  it("suspends a verified distributor's GSTIN with a reason, and its listing cannot be added to a cart until the GSTIN is active again", async () => {
    const reason = "Registration suspended on the GST portal: REG-31 notice dated 14/11/2026"
    const { regions } = await call("GET", "/store/regions", undefined, store)
    const { cart } = await call("POST", "/store/carts", { region_id: regions.find((r: Body) => r.currency_code === "inr").id, email: "meera.joshi@example.in" }, store)
    const addKaju = () => call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: kaju.variant_id, quantity: 1, metadata: { listing_id: kajuListingId } }, store)

    await page.goto(`${app.baseUrl}/app/distributors/${shah.id}`)
    const badge = page.locator('[data-testid="gstin-status"]')
    await badge.filter({ hasText: "active" }).waitFor()
    expect(await textOf('[data-testid="distributor-status"]')).toBe("verified")

    // Without the portal's order the server refuses, and the page shows its words.
    await page.click("#gstin-status-select")
    await page.getByRole("option", { name: "suspended" }).click()
    await page.getByRole("button", { name: "Record GSTIN status" }).click()
    await page.locator('[data-testid="gstin-status-error"]', { hasText: "A reason is required to mark GSTIN 24AAACS1234K1ZN suspended" }).waitFor()
    expect(await textOf('[data-testid="gstin-status"]')).toBe("active")

    await page.fill("#gstin-status-reason", reason)
    await page.getByRole("button", { name: "Record GSTIN status" }).click()
    await badge.filter({ hasText: "suspended" }).waitFor()
    expect(await textOf('[data-testid="gstin-status-note"]')).toContain(reason)
    expect(await page.locator('[data-testid="gstin-status-error"]').count()).toBe(0)
    // The commercial status is the distributor's own and stays as it was.
    expect(await textOf('[data-testid="distributor-status"]')).toBe("verified")

    const { distributor } = await call("GET", `/admin/distributors/${shah.id}`, undefined, admin)
    expect(distributor).toMatchObject({ status: "verified", gstin_status: "suspended", gstin_status_reason: reason })

    await page.goto(`${app.baseUrl}/app/distributors`)
    const shahRow = rowsOf("distributor-row").filter({ hasText: "Shah Sweets" })
    await shahRow.locator('[data-testid="distributor-gstin-status"]', { hasText: "GSTIN suspended" }).waitFor()
    expect(await rowsOf("distributor-row").filter({ hasText: "Patil Foods LLP" }).locator('[data-testid="distributor-gstin-status"]').count()).toBe(0)

    await expect(addKaju()).rejects.toThrow(/→ 400: .*Shah Sweets's GSTIN 24AAACS1234K1ZN is suspended, so it cannot supply/)

    await page.goto(`${app.baseUrl}/app/distributors/${shah.id}`)
    await badge.filter({ hasText: "suspended" }).waitFor()
    await page.click("#gstin-status-select")
    await page.getByRole("option", { name: "active" }).click()
    await page.getByRole("button", { name: "Record GSTIN status" }).click()
    await badge.filter({ hasText: "active" }).waitFor()
    expect((await call("GET", `/admin/distributors/${shah.id}`, undefined, admin)).distributor.gstin_status).toBe("active")

    const { cart: withKaju } = await addKaju()
    expect(withKaju.items.map((i: Body) => [i.variant_id, i.quantity, i.metadata?.listing_id])).toEqual([[kaju.variant_id, 1, kajuListingId]])
  })
})
