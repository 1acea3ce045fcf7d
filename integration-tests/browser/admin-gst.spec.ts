import fs from "node:fs"
import { Browser, Download, Page } from "playwright-core"
import { describeWithChromium, openAdmin } from "../helpers/admin-browser"
import { RunningApp, startHaat } from "../helpers/running-app"
import { GUJARAT_ADDRESS, MAHARASHTRA_ADDRESS } from "../helpers/demo-store"

const ADMIN_PASSWORD = "browser-test-password"

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The running app's HTTP API, as a storefront (publishable key) or the admin (bearer token) calls it. */
function httpClient(baseUrl: string, headers: Record<string, string>) {
  const call = async (method: string, url: string, body?: unknown): Promise<Json> => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${url} → ${response.status} ${text}`)
    }
    return text ? JSON.parse(text) : {}
  }
  return { get: (url: string) => call("GET", url), post: (url: string, body: unknown = {}) => call("POST", url, body) }
}

async function downloaded(download: Download): Promise<Buffer> {
  const file = await download.path()
  return fs.readFileSync(file!)
}

jest.setTimeout(15 * 60 * 1000)

describeWithChromium("the GST admin pages, in Chromium against the built app", () => {
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

  describe("with orders placed through the Store API", () => {
    let admin: ReturnType<typeof httpClient>
    let intraInvoice: Json
    let interInvoice: Json
    let creditNote: Json
    let supplierGstin: string
    let period: string

    /** A storefront checkout of two Kaju Katli 500 g with standard delivery, paid cash on delivery. */
    async function placeOrder(address: typeof GUJARAT_ADDRESS, email: string) {
      const store = httpClient(app.baseUrl, { "x-publishable-api-key": app.seed.publishable_key })
      const { regions } = await store.get("/store/regions?fields=id,name")
      const india = regions.find((r: Json) => r.name === "India")
      const { products } = await store.get("/store/products?handle=kaju-katli&fields=variants.id,variants.title")
      const variant = products[0].variants.find((v: Json) => v.title === "500 g")
      const { cart } = await store.post("/store/carts", { region_id: india.id, email })
      await store.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 2 })
      await store.post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
      const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
      await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options.find((o: Json) => o.name.startsWith("Standard")).id })
      const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
      await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      const completed = await store.post(`/store/carts/${cart.id}/complete`)
      for (let attempt = 0; attempt < 80; attempt++) {
        const { tax_documents } = await admin.get(`/admin/gst/invoices?order_id=${completed.order.id}`)
        if (tax_documents.length) {
          return (await admin.get(`/admin/gst/invoices/${tax_documents[0].id}`)).tax_document as Json
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      throw new Error(`no invoice for order ${completed.order.id}`)
    }

    beforeAll(async () => {
      const auth = await httpClient(app.baseUrl, {}).post("/auth/user/emailpass", { email: app.seed.admin_email, password: ADMIN_PASSWORD })
      admin = httpClient(app.baseUrl, { authorization: `Bearer ${auth.token}` })
      intraInvoice = await placeOrder(GUJARAT_ADDRESS, "priya.shah@example.in")
      interInvoice = await placeOrder(MAHARASHTRA_ADDRESS, "arjun.mehta@example.in")
      const item = interInvoice.lines.find((l: Json) => l.line_type === "item")
      creditNote = (
        await admin.post(`/admin/gst/invoices/${interInvoice.id}/credit-notes`, {
          reason: "Festive discount agreed after sale",
          lines: [{ line_id: item.id, amount: "128.00" }],
        })
      ).tax_document
      supplierGstin = intraInvoice.supplier_gstin
      period = intraInvoice.period
    })

    it("lists invoices and credit notes, filters them, opens one and downloads its PDF", async () => {
      await page.goto(`${app.baseUrl}/app/gst/invoices`)
      const rows = page.locator('[data-testid="gst-document-row"]')
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="gst-document-row"]').length === 3)
      const numbers = await page.locator('[data-testid="gst-document-row"] td:first-child').allInnerTexts()
      expect(numbers.sort()).toEqual([intraInvoice.number, interInvoice.number, creditNote.number].sort())
      const interRow = rows.filter({ hasText: interInvoice.number })
      expect(await interRow.innerText()).toContain("Arjun Mehta")
      expect(await interRow.innerText()).toContain("INR 1340.00")

      // Type filter (a Medusa UI select): credit notes only.
      await page.getByRole("combobox").first().click()
      await page.getByRole("option", { name: "Credit notes" }).click()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="gst-document-row"]').length === 1)
      expect(await rows.first().innerText()).toContain(creditNote.number)
      expect(await rows.first().innerText()).toContain("INR 128.00")
      await page.getByRole("combobox").first().click()
      await page.getByRole("option", { name: "All documents" }).click()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="gst-document-row"]').length === 3)

      // Number filter.
      // The invoice and the credit note are both the first of their series (…/000001): the prefix tells them apart.
      await page.fill('input[placeholder="Number contains…"]', intraInvoice.number)
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="gst-document-row"]').length === 1)
      expect(await rows.first().innerText()).toContain(intraInvoice.number)
      // A period with no documents.
      await page.fill('input[placeholder="Period YYYY-MM"]', "2019-01")
      await page.waitForSelector("text=No documents match these filters.")
      await page.fill('input[placeholder="Period YYYY-MM"]', period)
      await rows.first().waitFor()

      // The PDF, as the browser downloads it with the admin's session.
      const [pdf] = await Promise.all([page.waitForEvent("download"), rows.first().getByText("PDF").click()])
      const bytes = await downloaded(pdf)
      expect(bytes.subarray(0, 4).toString()).toBe("%PDF")
      expect(pdf.suggestedFilename()).toBe(`${intraInvoice.number.replace(/\//g, "-")}.pdf`)

      // The document itself: its lines with HSN and heads.
      await rows.first().getByRole("link", { name: intraInvoice.number }).click()
      await page.waitForURL(new RegExp(`/app/gst/invoices/${intraInvoice.id}$`))
      await page.waitForSelector(`h1:has-text("${intraInvoice.number}")`)
      const body = await page.locator("main").innerText()
      expect(body).toContain("21069099")
      expect(body).toContain("996812")
      expect(body).toContain(`INR ${Number(intraInvoice.cgst).toFixed(2)}`)
      expect(body).toContain("INR 1340.00")
    })

    it("shows the ledger balances the API reports, per period and head", async () => {
      const { balances } = await admin.get("/admin/gst/ledger/balances")
      await page.goto(`${app.baseUrl}/app/gst/ledger`)
      const balanceRows = page.locator('[data-testid="gst-ledger-balances"] tbody tr')
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="gst-ledger-balances"] tbody tr').length === n, balances.length)
      const shown = (await balanceRows.allInnerTexts()).map((t) => t.split(/\s*\t\s*|\n/).filter(Boolean))
      expect(shown).toEqual(
        balances.map((b: Json) => [
          b.gstin,
          b.period,
          b.liability === "tcs" ? "TCS collected" : "Output tax",
          b.tax_head,
          `INR ${b.taxable_value}`,
          `INR ${b.amount}`,
          String(b.entries),
        ])
      )
      // Intra-State CGST and SGST of the first order; IGST of the second less its credit note.
      const head = (h: string) => balances.find((b: Json) => b.tax_head === h && b.gstin === supplierGstin)
      expect(head("CGST").amount).toBe(Number(intraInvoice.cgst).toFixed(2))
      expect(head("IGST").amount).toBe((Math.round(Number(interInvoice.igst) * 100 - Number(creditNote.igst) * 100) / 100).toFixed(2))
      expect(await page.locator('[data-testid="gst-ledger-row"]').count()).toBe(4)
    })

    it("previews a period's GSTR-1 and downloads its JSON and a CSV", async () => {
      const { gst_return_preview } = await admin.get(`/admin/gst/returns/preview?return_type=GSTR1&gstin=${supplierGstin}&period=${period}`)
      await page.goto(`${app.baseUrl}/app/gst/returns`)
      await page.click("#gst-return-gstin")
      await page.getByRole("option", { name: supplierGstin }).click()
      await page.fill("#gst-return-period", period)
      await page.getByRole("button", { name: "Preview" }).click()
      const sections = page.locator('[data-testid="gst-return-section"]')
      await sections.first().waitFor()
      const shown = (await sections.allInnerTexts()).map((t) => t.split(/\s*\t\s*|\n/).filter(Boolean).slice(1))
      expect(shown).toEqual(gst_return_preview.sections.map((s: Json) => [String(s.documents), s.txval, s.iamt, s.camt, s.samt, s.csamt]))
      // Both orders were B2C Others (₹1,340 each); the credit note nets the inter-State row.
      const b2cs = gst_return_preview.sections.find((s: Json) => s.section === "b2cs")
      expect(b2cs.camt).toBe(Number(intraInvoice.cgst).toFixed(2))

      await page.getByRole("button", { name: "Prepare export" }).click()
      const exported = page.locator('[data-testid="gst-return-export"]')
      await exported.getByText("done", { exact: true }).waitFor({ timeout: 60000 })
      expect(await exported.innerText()).toContain("100%")

      const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()])
      expect(json.suggestedFilename()).toBe(`GSTR1_${supplierGstin}_${period.slice(5)}${period.slice(0, 4)}.json`)
      const gstr1 = JSON.parse((await downloaded(json)).toString("utf8"))
      expect(gstr1).toMatchObject({ gstin: supplierGstin, fp: `${period.slice(5)}${period.slice(0, 4)}` })
      expect(gstr1.b2cs.map((r: Json) => r.pos).sort()).toEqual(["24", "27"])

      const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "b2cs.csv" }).click()])
      const lines = (await downloaded(csv)).toString("utf8").trim().split("\n")
      expect(lines[0]).toContain("Place Of Supply")
      expect(lines.slice(1).map((l) => l.split(",")[1]).sort()).toEqual(["24-Gujarat", "27-Maharashtra"])
    })

    it("searches the HSN master, adds a dated rate, and shows a CSV's errors row by row", async () => {
      await page.goto(`${app.baseUrl}/app/gst/hsn`)
      const rows = page.locator('[data-testid="hsn-row"]')
      await rows.first().waitFor()
      await page.fill('[data-testid="hsn-search"]', "cashew")
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="hsn-row"]')].every((r) => r.textContent?.toLowerCase().includes("cashew"))
      )
      const cashew = rows.filter({ hasText: "0801" })
      expect(await cashew.innerText()).toContain("5%")

      // A dated rate from next April: the history shows it, the rate today does not change.
      await cashew.click()
      const detail = page.locator('[data-testid="hsn-detail"]')
      await detail.waitFor()
      await detail.locator('input[placeholder="Rate %"]').fill("18")
      await detail.locator('input[type="date"]').fill("2027-04-01")
      await detail.locator('input[placeholder="Notification"]').fill("99/2027-CTR")
      await detail.getByRole("button", { name: "Add dated rate" }).click()
      const history = detail.locator('[data-testid="hsn-rate-history"] tbody tr')
      await history.filter({ hasText: "2027-04-01" }).waitFor()
      expect(await history.filter({ hasText: "2027-04-01" }).innerText()).toContain("18%")
      expect(await history.filter({ hasText: "in force" }).innerText()).toContain("5%")
      // A rate that is no slab on its date is refused with the API's reason.
      await detail.locator('input[placeholder="Rate %"]').fill("12")
      await detail.locator('input[type="date"]').fill("2027-05-01")
      await detail.getByRole("button", { name: "Add dated rate" }).click()
      await page.waitForSelector('[data-testid="hsn-detail-error"]:has-text("12% is not a GST rate on 2027-05-01")')

      // A CSV with two bad rows: nothing imported, each error shown with its row and column.
      const csv = [
        "code,description,uqc,rate,effective_from,notification",
        "19059090,Khakhra and other bakers' wares,KGS,5,2025-09-22,9/2025-CTR",
        "17041,Chikki,KGS,5,2025-09-22,",
        "19053100,Sweet biscuits,KGS,12,2025-10-01,",
      ].join("\n")
      await page.setInputFiles('[data-testid="hsn-import-file"]', { name: "hsn.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
      await page.getByRole("button", { name: "Check file" }).click()
      const errors = page.locator('[data-testid="hsn-import-errors"] tbody tr')
      await errors.first().waitFor()
      const shown = (await errors.allInnerTexts()).map((t) => t.split(/\s*\t\s*|\n/).filter(Boolean))
      expect(shown.map((r) => r.slice(0, 2))).toEqual([
        ["3", "code"],
        ["4", "rate"],
      ])
      expect(shown[0][2]).toContain('HSN "17041" must be 4, 6 or 8 digits')
      expect(shown[1][2]).toContain("12% is not a GST rate on 2025-10-01")
      expect(await page.locator('[data-testid="hsn-import-message"]').innerText()).toContain("nothing was imported")
      await page.fill('[data-testid="hsn-search"]', "19059090")
      await page.waitForSelector("text=No codes match.")

      // The good row alone, imported for real.
      await page.setInputFiles('[data-testid="hsn-import-file"]', { name: "hsn.csv", mimeType: "text/csv", buffer: Buffer.from(csv.split("\n").slice(0, 2).join("\n")) })
      await page.click("#hsn-dry-run")
      await page.getByRole("button", { name: "Import", exact: true }).click()
      await page.waitForSelector('[data-testid="hsn-import-summary"]:has-text("Imported: 1 new code(s)")')
      await page.fill('[data-testid="hsn-search"]', "")
      await page.fill('[data-testid="hsn-search"]', "19059090")
      await rows.filter({ hasText: "19059090" }).waitFor()
      expect(await rows.filter({ hasText: "19059090" }).innerText()).toContain("5%")
    })

    it("links a stock location to a GST registration from the registrations page and from the location's page", async () => {
      const { stock_location: surat } = await admin.post("/admin/stock-locations", {
        name: "Surat Depot",
        address: { address_1: "Ring Road", city: "Surat", province: "in-gj", country_code: "in" },
      })
      await admin.post("/admin/stock-locations", {
        name: "Pune Depot",
        address: { address_1: "FC Road", city: "Pune", province: "in-mh", country_code: "in" },
      })

      await page.goto(`${app.baseUrl}/app/gst`)
      const row = page.locator('[data-testid="gst-registration-row"]', { hasText: supplierGstin })
      await row.waitFor()
      // The seed ships from the Ahmedabad warehouse under the operator's GSTIN.
      expect(await row.locator('[data-testid="gst-registration-locations"]').innerText()).toBe("Ahmedabad Warehouse")

      // A depot in Maharashtra cannot supply under a Gujarat GSTIN: the drawer says why and nothing changes.
      await row.getByRole("button", { name: "Stock locations" }).click()
      const drawer = page.locator('[data-testid="gst-stock-locations-drawer"]')
      await drawer.waitFor()
      await drawer.locator('[data-testid="gst-stock-location-option"]', { hasText: "Pune Depot" }).getByRole("checkbox").click()
      await drawer.getByRole("button", { name: "Save locations" }).click()
      await drawer.locator('[data-testid="gst-stock-locations-error"]').waitFor()
      expect(await drawer.locator('[data-testid="gst-stock-locations-error"]').innerText()).toContain('"Pune Depot" is in Maharashtra (27)')
      await drawer.locator('[data-testid="gst-stock-location-option"]', { hasText: "Pune Depot" }).getByRole("checkbox").click()
      await drawer.locator('[data-testid="gst-stock-location-option"]', { hasText: "Surat Depot" }).getByRole("checkbox").click()
      await drawer.getByRole("button", { name: "Save locations" }).click()
      await drawer.waitFor({ state: "detached" })
      await page.waitForFunction(
        (gstin) =>
          [...document.querySelectorAll('[data-testid="gst-registration-row"]')]
            .find((r) => r.textContent?.includes(gstin))
            ?.querySelector('[data-testid="gst-registration-locations"]')?.textContent === "Ahmedabad Warehouse, Surat Depot",
        supplierGstin
      )
      expect((await admin.get(`/admin/gst/stock-locations/${surat.id}`)).gst_registration.gstin).toBe(supplierGstin)

      // On the location's own page: the widget shows the GSTIN, and unlinking falls back to the default.
      await page.goto(`${app.baseUrl}/app/settings/locations/${surat.id}`)
      const widget = page.locator('[data-testid="stock-location-gst-widget"]')
      await widget.waitFor({ timeout: 30000 })
      await page.waitForFunction(
        (gstin) => document.querySelector('[data-testid="stock-location-gst-current"]')?.textContent?.includes(gstin),
        supplierGstin
      )
      expect(await widget.locator('[data-testid="stock-location-gst-current"]').innerText()).toContain("linked")
      await widget.locator("#stock-location-gst-select").selectOption("")
      await widget.getByRole("button", { name: "Save" }).click()
      await widget.getByText("No registration linked.").waitFor()
      const { gst_registrations } = await admin.get("/admin/gst/registrations?limit=50")
      const defaultGstin = gst_registrations.find((r: Json) => r.is_default).gstin
      expect(await widget.locator('[data-testid="stock-location-gst-current"]').innerText()).toContain(`default GSTIN ${defaultGstin}`)
      expect((await admin.get(`/admin/gst/stock-locations/${surat.id}`)).gst_registration).toBeNull()
    })
  })
})
