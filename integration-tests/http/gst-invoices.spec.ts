import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { computeGstinCheckChar } from "../../plugins/gst/src/lib"
import { DemoStore, GUJARAT_ADDRESS, MAHARASHTRA_ADDRESS, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(180 * 1000)

let SUPPLIER_GSTIN = ""

type Headers = { headers: Record<string, string> }
type ErrorResponse = { status: number; data: { message?: string } }

const failure = (e: { response?: ErrorResponse }): ErrorResponse => {
  if (!e.response) throw e
  return e.response
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Text shown by the PDF: pdfkit writes strings as hex in TJ arrays; decode them, plus the Info dictionary. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1")
  const hex = [...raw.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => Buffer.from(m[1], "hex").toString("latin1")).join("")
  return raw + "\n" + hex
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let registrationId: string

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      // The demo store supplies under the operator's default registration, linked to the Ahmedabad warehouse.
      const { data } = await api.get("/admin/gst/registrations", demo.admin)
      const registration = data.gst_registrations.find((r: { is_default: boolean }) => r.is_default)
      registrationId = registration.id
      SUPPLIER_GSTIN = registration.gstin
    })

    async function placeOrder(customer: Headers, address: typeof GUJARAT_ADDRESS, quantity = 2, metadata?: Record<string, unknown>) {
      const { data: products } = await api.get("/store/products?handle=kaju-katli&fields=variants.id,variants.title", demo.store)
      const variant = products.products[0].variants.find((v: { title: string }) => v.title === "500 g")
      const { data: created } = await api.post(
        "/store/carts",
        { region_id: demo.region_ids.India, ...(metadata ? { metadata } : {}) },
        customer
      )
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity }, customer)
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, customer)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, customer)
      const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, customer)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, customer)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        customer
      )
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, customer)
      expect(completed.type).toBe("order")
      return completed.order as { id: string; total: number; items: { id: string; quantity: number }[] }
    }

    /** order.placed is handled by a subscriber after the response; wait for the documents it writes. */
    async function documentsOf(orderId: string, documentType = "invoice", expected = 1) {
      for (let attempt = 0; attempt < 60; attempt++) {
        const { data } = await api
          .get(`/admin/gst/invoices?order_id=${orderId}&document_type=${documentType}`, demo.admin)
          .catch((e: { response?: ErrorResponse }) => {
            throw new Error(JSON.stringify(e.response?.data))
          })
        if (data.tax_documents.length >= expected) return data.tax_documents
        await sleep(250)
      }
      throw new Error(`no ${documentType} for order ${orderId}`)
    }

    /** Captures the order's cash-on-delivery payment, as the admin does when the cash is collected. */
    async function capture(orderId: string): Promise<string> {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=payment_collections.payments.id`, demo.admin)
      const paymentId = data.order.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, demo.admin)
      return paymentId
    }

    async function refund(paymentId: string, amount: number) {
      await api.post(`/admin/payments/${paymentId}/refund`, { amount }, demo.admin).catch((e: { response?: ErrorResponse }) => {
        throw new Error(`refund refused: ${JSON.stringify(e.response?.data)}`)
      })
    }

    describe("tax invoices on order placement", () => {
      it("invoices an order shipped within Gujarat with CGST + SGST that add up to what was charged", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        expect(Number(order.total)).toBe(1340)

        const [listed] = await documentsOf(order.id)
        const { data } = await api.get(`/admin/gst/invoices/${listed.id}`, demo.admin)
        const invoice = data.tax_document
        expect(invoice.number).toMatch(/^INV\/\d{4}\/000001$/)
        expect(invoice.number.length).toBeLessThanOrEqual(16)
        expect(invoice).toMatchObject({
          document_type: "invoice",
          supplier_gstin: SUPPLIER_GSTIN,
          supplier_state_code: "24",
          place_of_supply: "24",
          supply_type: "b2cs",
          buyer_name: "Priya Shah",
          buyer_gstin: null,
          reverse_charge: false,
        })
        // 2 × ₹640 MRP with 5% inside: taxable 1219.04 + 30.48 + 30.48; delivery ₹60: 57.14 + 1.43 + 1.43.
        const item = invoice.lines.find((l: { line_type: string }) => l.line_type === "item")
        expect(item).toMatchObject({ hsn_code: "21069099", uqc: "KGS", line_item_id: order.items[0].id })
        // r.46(i): two 500 g packs are 1 kg in the HSN's UQC (KGS), not "2 KGS".
        expect(item).toMatchObject({ quantity: 2, reported_uqc: "KGS", net_quantity: "500 g" })
        expect(Number(item.reported_quantity)).toBe(1)
        expect([item.taxable_value, item.cgst, item.sgst, item.igst, item.total].map(Number)).toEqual([1219.04, 30.48, 30.48, 0, 1280])
        const shipping = invoice.lines.find((l: { line_type: string }) => l.line_type === "shipping")
        expect(shipping.hsn_code).toBe("996812")
        expect([shipping.taxable_value, shipping.cgst, shipping.sgst, shipping.total].map(Number)).toEqual([57.14, 1.43, 1.43, 60])
        expect([invoice.taxable_value, invoice.cgst, invoice.sgst, invoice.igst, invoice.round_off, invoice.total].map(Number)).toEqual([
          1276.18, 31.91, 31.91, 0, 0, 1340,
        ])

        const { data: ledger } = await api.get(`/admin/gst/ledger?source_id=${invoice.id}`, demo.admin)
        const byHead = Object.fromEntries(ledger.ledger_entries.map((e: { tax_head: string; amount: number }) => [e.tax_head, Number(e.amount)]))
        expect(byHead).toEqual({ CGST: 31.91, SGST: 31.91 })
        expect(ledger.ledger_entries.every((e: { entry_type: string; gstin: string }) => e.entry_type === "output_tax" && e.gstin === SUPPLIER_GSTIN)).toBe(true)

        const { data: balances } = await api.get(`/admin/gst/ledger/balances?gstin=${SUPPLIER_GSTIN}`, demo.admin)
        expect(balances.balances.map((b: { tax_head: string; amount: string }) => [b.tax_head, b.amount])).toEqual([
          ["CGST", "31.91"],
          ["SGST", "31.91"],
        ])
      })

      it("invoices an order shipped to Maharashtra with IGST, inter-State", async () => {
        const arjun = await demo.customer("arjun.mehta@example.in")
        const order = await placeOrder(arjun, MAHARASHTRA_ADDRESS)
        const [listed] = await documentsOf(order.id)
        const { data } = await api.get(`/admin/gst/invoices/${listed.id}`, demo.admin)
        const invoice = data.tax_document
        expect(invoice).toMatchObject({ place_of_supply: "27", supply_type: "b2cs", buyer_name: "Arjun Mehta" })
        expect([invoice.taxable_value, invoice.igst, invoice.cgst, invoice.sgst, invoice.total].map(Number)).toEqual([
          1276.19, 63.81, 0, 0, 1340,
        ])
        const { data: ledger } = await api.get(`/admin/gst/ledger?source_id=${invoice.id}`, demo.admin)
        expect(ledger.ledger_entries.map((e: { tax_head: string; amount: number }) => [e.tax_head, Number(e.amount)])).toEqual([["IGST", 63.81]])
      })

      it("invoices a buyer who gave a valid GSTIN as B2B", async () => {
        const buyerGstin = `27AABCM5678K1Z${computeGstinCheckChar("27AABCM5678K1Z")}`
        const arjun = await demo.customer("arjun.mehta@example.in")
        const order = await placeOrder(arjun, MAHARASHTRA_ADDRESS, 1, { gstin: buyerGstin })
        const [invoice] = await documentsOf(order.id)
        expect(invoice).toMatchObject({ supply_type: "b2b", buyer_gstin: buyerGstin })
      })

      it("issues nothing new when order.placed is replayed or the invoice is asked for again", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        const [first] = await documentsOf(order.id)

        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        await eventBus.emit({ name: "order.placed", data: { id: order.id } })
        await eventBus.emit({ name: "order.placed", data: { id: order.id } })
        const again = await api.post("/admin/gst/invoices", { order_id: order.id }, demo.admin)
        expect(again.status).toBe(200)
        expect(again.data.tax_document.id).toBe(first.id)
        await sleep(1500)

        const { data } = await api.get(`/admin/gst/invoices?order_id=${order.id}`, demo.admin)
        expect(data.count).toBe(1)
        const { data: ledger } = await api.get(`/admin/gst/ledger?gstin=${SUPPLIER_GSTIN}`, demo.admin)
        expect(ledger.count).toBe(2)
      })

      it("issues no invoice while no GST registration applies, lists the order as missing one, and issues it on request", async () => {
        // A store taxing with another provider can take orders with no GST registration; @haat/gst's own
        // provider refuses such carts, so India is switched to Medusa's system provider for this case.
        const tax = getContainer().resolve(Modules.TAX)
        const regions = (await tax.listTaxRegions({ country_code: "in" })).filter((r) => !r.parent_id)
        await tax.updateTaxRegions(regions.map((r) => ({ id: r.id, provider_id: "tp_system" })))
        await api.post(`/admin/gst/registrations/${registrationId}`, { status: "suspended" }, demo.admin)
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        await sleep(2000)
        const { data: none } = await api.get(`/admin/gst/invoices?order_id=${order.id}`, demo.admin)
        expect(none.count).toBe(0)
        const { data: missing } = await api.get("/admin/gst/invoices/missing", demo.admin)
        expect(missing.orders.map((o: { id: string }) => o.id)).toContain(order.id)
        const refused = await api.post("/admin/gst/invoices", { order_id: order.id }, demo.admin).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/no active GST registration/)

        await api.post(`/admin/gst/registrations/${registrationId}`, { status: "active" }, demo.admin)
        const issued = await api.post("/admin/gst/invoices", { order_id: order.id }, demo.admin)
        expect(issued.status).toBe(201)
        expect(issued.data.tax_document.number).toMatch(/000001$/)
        const { data: after } = await api.get("/admin/gst/invoices/missing", demo.admin)
        expect(after.orders.map((o: { id: string }) => o.id)).not.toContain(order.id)
      })
    })

    describe("invoice PDFs", () => {
      it("downloads the PDF for the admin and the buyer, and hides it from another customer", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        const [invoice] = await documentsOf(order.id)

        const admin = await api.get(`/admin/gst/invoices/${invoice.id}/pdf`, { ...demo.admin, responseType: "arraybuffer" })
        expect(admin.status).toBe(200)
        expect(admin.headers["content-type"]).toContain("application/pdf")
        const pdf = Buffer.from(admin.data)
        expect(pdf.subarray(0, 4).toString()).toBe("%PDF")
        const text = pdfText(pdf)
        for (const expected of [
          invoice.number,
          SUPPLIER_GSTIN,
          "Haat Foods Private Limited",
          "Priya Shah",
          "Gujarat (24)",
          "21069099",
          "Tax payable on reverse charge: No",
          "Authorised signatory",
          "1340.00",
          // The quantity column: 2 × 500 g, and what they weigh in the HSN's UQC.
          "500 g",
          "1.000 KGS",
        ]) {
          expect(text).toContain(expected)
        }
        expect(text).not.toContain("2 KGS")

        const { data: own } = await api.get(`/store/gst/invoices?order_id=${order.id}`, priya)
        expect(own.tax_documents.map((d: { id: string }) => d.id)).toEqual([invoice.id])
        const mine = await api.get(`/store/gst/invoices/${invoice.id}/pdf`, { ...priya, responseType: "arraybuffer" })
        expect(mine.status).toBe(200)
        expect(pdfText(Buffer.from(mine.data))).toContain(invoice.number)

        const fatima = await demo.customer("fatima.khan@example.in")
        const other = await api.get(`/store/gst/invoices/${invoice.id}/pdf`, fatima).catch(failure)
        expect(other.status).toBe(404)
        const { data: theirs } = await api.get(`/store/gst/invoices?order_id=${order.id}`, fatima)
        expect(theirs.count).toBe(0)
        const anonymous = await api.get(`/store/gst/invoices/${invoice.id}/pdf`, demo.store).catch(failure)
        expect(anonymous.status).toBe(401)
      })
    })

    describe("credit notes", () => {
      it("issues a credit note for a received return that reverses the returned share of each head", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        const [invoice] = await documentsOf(order.id)
        const itemId = order.items[0].id
        const paymentId = await capture(order.id)

        await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: itemId, quantity: 2 }], location_id: demo.stock_location_id }, demo.admin)
        const { data: created } = await api.post("/admin/returns", { order_id: order.id, location_id: demo.stock_location_id }, demo.admin)
        const returnId = created.return.id
        await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 1 }] }, demo.admin)
        await api.post(`/admin/returns/${returnId}/request`, {}, demo.admin)
        await api.post(`/admin/returns/${returnId}/receive`, {}, demo.admin)
        await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 1 }] }, demo.admin)
        await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, demo.admin)

        const [listed] = await documentsOf(order.id, "credit_note")
        const { data } = await api.get(`/admin/gst/invoices/${listed.id}`, demo.admin)
        const note = data.tax_document
        expect(note.number).toMatch(/^CN\/\d{4}\/000001$/)
        expect(note).toMatchObject({
          original_document_id: invoice.id,
          original_number: invoice.number,
          original_issue_date: invoice.issue_date,
          return_id: returnId,
          reason: "Goods returned",
        })
        // One of two units: half of 1280.00, and half of each head (30.48 → 15.24).
        expect([note.taxable_value, note.cgst, note.sgst, note.total].map(Number)).toEqual([609.52, 15.24, 15.24, 640])
        expect(note.lines).toHaveLength(1)
        expect(Number(note.lines[0].quantity)).toBe(1)

        const { data: ledger } = await api.get(`/admin/gst/ledger?source_id=${note.id}`, demo.admin)
        expect(
          ledger.ledger_entries.map((e: { entry_type: string; tax_head: string; amount: number }) => [e.entry_type, e.tax_head, Number(e.amount)]).sort()
        ).toEqual([
          ["credit_note", "CGST", -15.24],
          ["credit_note", "SGST", -15.24],
        ])
        const { data: invoiceDetail } = await api.get(`/admin/gst/invoices/${invoice.id}`, demo.admin)
        expect(invoiceDetail.tax_document.credit_notes.map((c: { id: string }) => c.id)).toEqual([note.id])

        const pdf = await api.get(`/admin/gst/invoices/${note.id}/pdf`, { ...demo.admin, responseType: "arraybuffer" })
        const text = pdfText(Buffer.from(pdf.data))
        expect(text).toContain("CREDIT NOTE")
        expect(text).toContain(`Against invoice: ${invoice.number}`)

        // Paying back the returned unit adds no second credit note: the return's note covers it.
        await refund(paymentId, 640)
        await sleep(2000)
        const { data: notes } = await api.get(`/admin/gst/invoices?order_id=${order.id}&document_type=credit_note`, demo.admin)
        expect(notes.count).toBe(1)
      })

      it("issues a credit note for a refund without a return, shared across the lines", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        const [invoice] = await documentsOf(order.id)
        await refund(await capture(order.id), 134)

        const [listed] = await documentsOf(order.id, "credit_note")
        const { data } = await api.get(`/admin/gst/invoices/${listed.id}`, demo.admin)
        const note = data.tax_document
        expect(note).toMatchObject({ original_document_id: invoice.id, reason: "Refund without return of goods" })
        // ₹134 of ₹1340: ₹128 on the sweets line (CGST 3.05), ₹6 on delivery (CGST 0.14).
        expect([note.total, note.cgst, note.sgst, note.taxable_value].map(Number)).toEqual([134, 3.19, 3.19, 127.62])
        expect(note.lines.map((l: { line_type: string; total: number }) => [l.line_type, Number(l.total)]).sort()).toEqual([
          ["item", 128],
          ["shipping", 6],
        ])
      })

      it("credits a post-sale discount by amount, proportionally, and refuses more than is left", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        const [listed] = await documentsOf(order.id)
        const { data } = await api.get(`/admin/gst/invoices/${listed.id}`, demo.admin)
        const item = data.tax_document.lines.find((l: { line_type: string }) => l.line_type === "item")

        const { data: credited, status } = await api.post(
          `/admin/gst/invoices/${listed.id}/credit-notes`,
          { reason: "Festive discount agreed after sale", lines: [{ line_id: item.id, amount: "128.00" }] },
          demo.admin
        )
        expect(status).toBe(201)
        // A tenth of the line: 30.48 → 3.05 per head, taxable the rest of 128.00.
        expect([credited.tax_document.cgst, credited.tax_document.sgst, credited.tax_document.taxable_value, credited.tax_document.total].map(Number)).toEqual([
          3.05, 3.05, 121.9, 128,
        ])

        const countDocuments = async () => (await api.get(`/admin/gst/invoices?order_id=${order.id}`, demo.admin)).data.count
        const countLedger = async () => (await api.get(`/admin/gst/ledger?gstin=${SUPPLIER_GSTIN}`, demo.admin)).data.count
        const [documentsBefore, ledgerBefore] = [await countDocuments(), await countLedger()]

        const tooMuch = await api
          .post(`/admin/gst/invoices/${listed.id}/credit-notes`, { reason: "x", lines: [{ line_id: item.id, amount: "1152.01" }] }, demo.admin)
          .catch(failure)
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toMatch(/1152\.00 left to credit/)

        const negative = await api
          .post(`/admin/gst/invoices/${listed.id}/credit-notes`, { reason: "x", lines: [{ line_id: item.id, amount: "-5" }] }, demo.admin)
          .catch(failure)
        expect(negative.status).toBe(400)

        const tooMany = await api
          .post(`/admin/gst/invoices/${listed.id}/credit-notes`, { reason: "x", lines: [{ line_id: item.id, quantity: 3 }] }, demo.admin)
          .catch(failure)
        expect(tooMany.status).toBe(400)

        const unknown = await api
          .post("/admin/gst/invoices/gstdoc_unknown/credit-notes", { reason: "x", lines: [{ line_id: item.id, amount: "1" }] }, demo.admin)
          .catch(failure)
        expect(unknown.status).toBe(404)

        expect([await countDocuments(), await countLedger()]).toEqual([documentsBefore, ledgerBefore])

        // The rest of the line, exactly: the two credit notes together reverse the line to the paisa.
        const { data: rest } = await api.post(
          `/admin/gst/invoices/${listed.id}/credit-notes`,
          { reason: "Rest written off", lines: [{ line_id: item.id, amount: "1152.00" }] },
          demo.admin
        )
        expect([rest.tax_document.cgst, rest.tax_document.taxable_value].map(Number)).toEqual([27.43, 1097.14])
      })
    })

    describe("the GST ledger", () => {
      it("corrects an entry only by a reversal, once, and the balance nets to zero", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const order = await placeOrder(priya, GUJARAT_ADDRESS)
        const [invoice] = await documentsOf(order.id)
        const { data: ledger } = await api.get(`/admin/gst/ledger?source_id=${invoice.id}&tax_head=CGST`, demo.admin)
        const entry = ledger.ledger_entries[0]

        const bad = await api.post(`/admin/gst/ledger/${entry.id}/reverse`, {}, demo.admin).catch(failure)
        expect(bad.status).toBe(400)
        const first = await api.post(`/admin/gst/ledger/${entry.id}/reverse`, { reason: "posted to the wrong GSTIN" }, demo.admin)
        expect(first.status).toBe(201)
        expect(first.data.ledger_entry).toMatchObject({ entry_type: "reversal", reverses_entry_id: entry.id, tax_head: "CGST" })
        expect(Number(first.data.ledger_entry.amount)).toBe(-31.91)
        const second = await api.post(`/admin/gst/ledger/${entry.id}/reverse`, { reason: "again" }, demo.admin)
        expect(second.status).toBe(200)
        expect(second.data.ledger_entry.id).toBe(first.data.ledger_entry.id)

        const { data: balances } = await api.get(`/admin/gst/ledger/balances?gstin=${SUPPLIER_GSTIN}`, demo.admin)
        const cgst = balances.balances.filter((b: { tax_head: string }) => b.tax_head === "CGST").map((b: { amount: string }) => Number(b.amount))
        expect(cgst.reduce((a: number, b: number) => a + b, 0)).toBe(0)

        const missing = await api.post("/admin/gst/ledger/gstle_missing/reverse", { reason: "typo" }, demo.admin).catch(failure)
        expect(missing.status).toBe(404)
      })
    })
  },
})
