import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parseExactJson } from "../../plugins/gst/integration-tests/returns-fixtures"
import { GUJARAT_ADDRESS, MAHARASHTRA_ADDRESS, setUpDemoStore, DemoStore } from "../helpers/demo-store"

jest.setTimeout(300 * 1000)

// The whole GST chain as a storefront and a merchant drive it, over HTTP only: two Store API carts (one
// delivered inside Gujarat, where the operator is registered, one to Maharashtra), their tax invoices and
// ledger rows, a return that produces a credit note, and the GSTR-1 of the month in which all this happened.
// Every figure below is worked out here from the catalogue's MRPs and the GST rate, in integer paise.

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }
type HttpError = { response?: { status: number; data: unknown } }

// MRPs of the demo catalogue (tax-inclusive, Legal Metrology (Packaged Commodities) Rules r.6), in paise.
const KAJU_KATLI_500G = 64000n // ₹320 for 250 g, scaled by weight
const KAJU_KATLI_1KG = 128000n
const CASHEWS_250G = 29000n
const GIFT_BOX_LARGE = 215900n // ₹1,199 small × 9/5, rounded to an MRP ending in 9
const STANDARD_DELIVERY = 6000n
// 21069099 (namkeen/sweetmeats), 0801 (cashews) and 0813 (mixed dry fruits) are all 5% from 22 Sep 2025
// (Notification 9/2025-Central Tax (Rate), Schedule I); delivery takes the main supply's rate (CGST Act s.8(a)).
const RATE = 5n

/** a / b rounded half-up, for non-negative integers: the rounding @haat/gst documents (once per line and head). */
const halfUp = (a: bigint, b: bigint) => (2n * a + b) / (2n * b)

type Heads = { taxable: bigint; igst: bigint; cgst: bigint; sgst: bigint; total: bigint }

/**
 * One tax-inclusive invoice line: the value before tax is line value × 100 / (100 + rate), each head is
 * that value × the head's rate (half the rate each for CGST and SGST, IGST Act s.8(1) / CGST Act s.9;
 * the whole rate as IGST, IGST Act s.5), rounded to the paisa; the taxable value is what remains.
 */
function inclusiveLine(gross: bigint, intraState: boolean): Heads {
  const beforeTax = halfUp(gross * 100n, 100n + RATE)
  const half = halfUp(beforeTax * RATE, 200n)
  const igst = intraState ? 0n : halfUp(beforeTax * RATE, 100n)
  const cgst = intraState ? half : 0n
  const sgst = cgst
  return { taxable: gross - igst - cgst - sgst, igst, cgst, sgst, total: gross }
}

const sum = (lines: Heads[]): Heads =>
  lines.reduce(
    (a, l) => ({ taxable: a.taxable + l.taxable, igst: a.igst + l.igst, cgst: a.cgst + l.cgst, sgst: a.sgst + l.sgst, total: a.total + l.total }),
    { taxable: 0n, igst: 0n, cgst: 0n, sgst: 0n, total: 0n }
  )

/** "1234.56" / 1234.56 / "#1234.56" (exact JSON) → paise, without passing through a float sum. */
function paise(value: string | number): bigint {
  const text = String(value).replace(/^#/, "")
  const negative = text.startsWith("-")
  const [whole, fraction = ""] = text.replace("-", "").split(".")
  const result = BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2))
  return negative ? -result : result
}

/** A pack's declared net weight ("500 g", "1 kg") in grams. */
function grams(label: string): bigint {
  const match = /^(\d+) (g|kg)$/.exec(label)
  if (!match) throw new Error(`not a net weight: ${label}`)
  return BigInt(match[1]) * (match[2] === "kg" ? 1000n : 1n)
}

/** Grams as kilograms with the three decimals GST quantities carry: 1250n → "1.250". */
const kilograms = (g: bigint) => `${g / 1000n}.${String(g % 1000n).padStart(3, "0")}`

/** Today in India, the date on every document issued in this test (IST = UTC+5:30). */
function indiaToday() {
  const ist = new Date(Date.now() + 330 * 60 * 1000)
  const year = ist.getUTCFullYear()
  const month = ist.getUTCMonth() + 1
  const day = ist.getUTCDate()
  const pad = (n: number) => String(n).padStart(2, "0")
  // The financial year runs 1 April to 31 March; the number series carries it as "2627".
  const fyStart = month >= 4 ? year : year - 1
  return {
    period: `${year}-${pad(month)}`,
    fp: `${pad(month)}${year}`,
    portalDate: `${pad(day)}-${pad(month)}-${year}`,
    fy: `${String(fyStart).slice(2)}${String(fyStart + 1).slice(2)}`,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let supplierGstin: string

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      const { data } = await api.get("/admin/gst/registrations", demo.admin)
      supplierGstin = data.gst_registrations.find((r: Json) => r.is_default).gstin
    })

    const fail = (e: HttpError) => {
      throw new Error(JSON.stringify(e.response?.data ?? e))
    }

    async function variantId(handle: string, title: string) {
      const { data } = await api.get(
        `/store/products?handle=${handle}&region_id=${demo.region_ids.India}&fields=variants.id,variants.title,variants.calculated_price.calculated_amount`,
        demo.store
      )
      const variant = data.products[0].variants.find((v: Json) => v.title === title)
      return { id: variant.id as string, price: paise(variant.calculated_price.calculated_amount) }
    }

    /** A guest cart from the storefront: items, address, standard delivery, cash on delivery. */
    async function cart(address: typeof GUJARAT_ADDRESS, items: { id: string; quantity: number }[], email: string) {
      const store: Headers = demo.store
      const { data: created } = await api.post("/store/carts", { region_id: demo.region_ids.India, email }, store).catch(fail)
      const id = created.cart.id
      for (const item of items) {
        await api.post(`/store/carts/${id}/line-items`, { variant_id: item.id, quantity: item.quantity }, store).catch(fail)
      }
      await api.post(`/store/carts/${id}`, { shipping_address: address, billing_address: address }, store).catch(fail)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${id}`, store)
      const standard = options.shipping_options.find((o: Json) => o.name.startsWith("Standard"))
      await api.post(`/store/carts/${id}/shipping-methods`, { option_id: standard.id }, store).catch(fail)
      const { data } = await api.get(
        `/store/carts/${id}?fields=id,total,items.id,items.variant_id,items.quantity,items.tax_lines.code,items.tax_lines.rate,shipping_methods.tax_lines.code,shipping_methods.tax_lines.rate`,
        store
      )
      return data.cart as Json
    }

    async function complete(cartId: string) {
      const store: Headers = demo.store
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store).catch(fail)
      await api
        .post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
        .catch(fail)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch(fail)
      expect(data.type).toBe("order")
      return data.order as Json
    }

    /** The invoice (or credit note) the order.placed / order.return_received subscribers write after the response. */
    async function documentOf(orderId: string, documentType: "invoice" | "credit_note") {
      for (let attempt = 0; attempt < 80; attempt++) {
        const { data } = await api.get(`/admin/gst/invoices?order_id=${orderId}&document_type=${documentType}`, demo.admin)
        if (data.tax_documents.length) {
          expect(data.tax_documents).toHaveLength(1)
          return (await api.get(`/admin/gst/invoices/${data.tax_documents[0].id}`, demo.admin)).data.tax_document as Json
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      throw new Error(`no ${documentType} for order ${orderId}`)
    }

    const headsOf = (row: Json): Heads => ({
      taxable: paise(row.taxable_value),
      igst: paise(row.igst),
      cgst: paise(row.cgst),
      sgst: paise(row.sgst),
      total: paise(row.total),
    })

    const taxLines = (lines: Json[]) => lines.map((l) => [l.code, Number(l.rate)]).sort()

    it("taxes, invoices, credits and files two carts exactly, from the storefront to GSTR-1", async () => {
      const today = indiaToday()
      const kaju500 = await variantId("kaju-katli", "500 g")
      const kaju1kg = await variantId("kaju-katli", "1 kg")
      const cashews = await variantId("cashews-w240", "250 g")
      const giftBox = await variantId("dry-fruit-gift-box", "Large")
      // The storefront shows the MRPs the figures below start from.
      expect([kaju500.price, kaju1kg.price, cashews.price, giftBox.price]).toEqual([KAJU_KATLI_500G, KAJU_KATLI_1KG, CASHEWS_250G, GIFT_BOX_LARGE])

      // ---- Store API: tax lines on the carts ----
      const ahmedabad = await cart(GUJARAT_ADDRESS, [{ id: kaju500.id, quantity: 2 }, { id: cashews.id, quantity: 1 }], "priya.shah@example.in")
      const mumbai = await cart(MAHARASHTRA_ADDRESS, [{ id: giftBox.id, quantity: 50 }, { id: kaju1kg.id, quantity: 1 }], "arjun.mehta@example.in")

      // Supplier in Gujarat (24), delivery in Gujarat: intra-State, CGST + SGST at half the rate each.
      for (const line of [...ahmedabad.items, ...ahmedabad.shipping_methods]) {
        expect(taxLines(line.tax_lines)).toEqual([["CGST", 2.5], ["SGST", 2.5]])
      }
      // Delivery in Maharashtra (27): inter-State, IGST at the full rate.
      for (const line of [...mumbai.items, ...mumbai.shipping_methods]) {
        expect(taxLines(line.tax_lines)).toEqual([["IGST", 5]])
      }
      // Prices include GST, so the carts cost exactly their MRPs plus delivery.
      const intraGross = [2n * KAJU_KATLI_500G, CASHEWS_250G, STANDARD_DELIVERY]
      const interGross = [50n * GIFT_BOX_LARGE, KAJU_KATLI_1KG, STANDARD_DELIVERY]
      expect(paise(ahmedabad.total)).toBe(intraGross.reduce((a, b) => a + b))
      expect(paise(mumbai.total)).toBe(interGross.reduce((a, b) => a + b))

      const intraOrder = await complete(ahmedabad.id)
      const interOrder = await complete(mumbai.id)

      // ---- Tax invoices ----
      const intraLines = intraGross.map((gross) => inclusiveLine(gross, true))
      const interLines = interGross.map((gross) => inclusiveLine(gross, false))
      const intraTotal = sum(intraLines)
      const interTotal = sum(interLines)

      const intraInvoice = await documentOf(intraOrder.id, "invoice")
      const interInvoice = await documentOf(interOrder.id, "invoice")
      // One series per GSTIN and financial year (CGST Rules r.46(b)), in the order the carts completed.
      expect(intraInvoice.number).toBe(`INV/${today.fy}/000001`)
      expect(interInvoice.number).toBe(`INV/${today.fy}/000002`)
      expect(intraInvoice).toMatchObject({ supplier_gstin: supplierGstin, place_of_supply: "24", supply_type: "b2cs", period: today.period })
      // Inter-State to an unregistered buyer above ₹1,00,000: B2C Large (CGST Rules r.59(4), Notification 12/2024-CT).
      expect(interInvoice).toMatchObject({ supplier_gstin: supplierGstin, place_of_supply: "27", supply_type: "b2cl", period: today.period })

      const line = (invoice: Json, variant: string | null) =>
        headsOf(invoice.lines.find((l: Json) => (variant ? l.variant_id === variant : l.line_type === "shipping")))
      expect([line(intraInvoice, kaju500.id), line(intraInvoice, cashews.id), line(intraInvoice, null)]).toEqual(intraLines)
      expect([line(interInvoice, giftBox.id), line(interInvoice, kaju1kg.id), line(interInvoice, null)]).toEqual(interLines)
      expect(headsOf(intraInvoice)).toEqual(intraTotal)
      expect(headsOf(interInvoice)).toEqual(interTotal)
      expect(paise(intraInvoice.round_off)).toBe(0n)
      expect(paise(interInvoice.round_off)).toBe(0n)
      // CGST Rules r.46(i): quantity in the HSN's unit. These HSNs are in KGS, so packs are weighed, not counted:
      // 2 × 500 g of kaju katli is 1 kg, not 2 KGS. The gift box declares its contents in its variant's metadata.
      const { data: boxes } = await api.get(`/admin/products?handle=dry-fruit-gift-box&fields=variants.title,variants.metadata`, demo.admin)
      const boxNet = boxes.products[0].variants.find((v: Json) => v.title === "Large").metadata.net_quantity as string
      const quantityOf = (invoice: Json, variant: string) => {
        const l = invoice.lines.find((x: Json) => x.variant_id === variant)
        return [Number(l.quantity), l.uqc, l.reported_uqc, kilograms(BigInt(Math.round(Number(l.reported_quantity) * 1000))), l.net_quantity]
      }
      expect(quantityOf(intraInvoice, kaju500.id)).toEqual([2, "KGS", "KGS", kilograms(2n * grams("500 g")), "500 g"])
      expect(quantityOf(intraInvoice, cashews.id)).toEqual([1, "KGS", "KGS", kilograms(grams("250 g")), "250 g"])
      expect(quantityOf(interInvoice, giftBox.id)).toEqual([50, "KGS", "KGS", kilograms(50n * grams(boxNet)), boxNet])
      expect(quantityOf(interInvoice, kaju1kg.id)).toEqual([1, "KGS", "KGS", kilograms(grams("1 kg")), "1 kg"])
      expect(intraInvoice.lines.find((l: Json) => l.line_type === "shipping")).toMatchObject({ reported_uqc: "NA" })

      const hsnOf = (invoice: Json) => invoice.lines.map((l: Json) => l.hsn_code).sort()
      expect(hsnOf(intraInvoice)).toEqual(["08013220", "21069099", "996812"])
      expect(hsnOf(interInvoice)).toEqual(["08135020", "21069099", "996812"])

      // ---- Ledger: one output_tax row per head per invoice ----
      const ledgerOf = async (sourceId: string) => {
        const { data } = await api.get(`/admin/gst/ledger?source_id=${sourceId}`, demo.admin)
        return data.ledger_entries
          .map((e: Json) => [e.entry_type, e.tax_head, e.gstin, e.period, paise(e.taxable_value), paise(e.amount)])
          .sort((a: string[], b: string[]) => a[1].localeCompare(b[1]))
      }
      expect(await ledgerOf(intraInvoice.id)).toEqual([
        ["output_tax", "CGST", supplierGstin, today.period, intraTotal.taxable, intraTotal.cgst],
        ["output_tax", "SGST", supplierGstin, today.period, intraTotal.taxable, intraTotal.sgst],
      ])
      expect(await ledgerOf(interInvoice.id)).toEqual([["output_tax", "IGST", supplierGstin, today.period, interTotal.taxable, interTotal.igst]])

      // ---- A return of 10 of the 50 gift boxes, through the admin API ----
      const giftBoxItem = interOrder.items.find((i: Json) => i.variant_id === giftBox.id)
      await api
        .post(
          `/admin/orders/${interOrder.id}/fulfillments`,
          { items: interOrder.items.map((i: Json) => ({ id: i.id, quantity: i.quantity })), location_id: demo.stock_location_id },
          demo.admin
        )
        .catch(fail)
      const { data: created } = await api.post("/admin/returns", { order_id: interOrder.id, location_id: demo.stock_location_id }, demo.admin).catch(fail)
      const returnId = created.return.id
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: giftBoxItem.id, quantity: 10 }] }, demo.admin).catch(fail)
      await api.post(`/admin/returns/${returnId}/request`, {}, demo.admin).catch(fail)
      await api.post(`/admin/returns/${returnId}/receive`, {}, demo.admin).catch(fail)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: giftBoxItem.id, quantity: 10 }] }, demo.admin).catch(fail)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, demo.admin).catch(fail)

      const note = await documentOf(interOrder.id, "credit_note")
      // CGST Act s.34: the note cites the invoice; 10/50 of the line's value, each head in that proportion.
      expect(note).toMatchObject({
        number: `CN/${today.fy}/000001`,
        original_document_id: interInvoice.id,
        original_number: interInvoice.number,
        return_id: returnId,
        supply_type: "b2cl",
        place_of_supply: "27",
      })
      const boxLine = interLines[0]
      const creditedAmount = halfUp(boxLine.total * 10n, 50n)
      const creditedIgst = halfUp(boxLine.igst * creditedAmount, boxLine.total)
      const credit: Heads = { taxable: creditedAmount - creditedIgst, igst: creditedIgst, cgst: 0n, sgst: 0n, total: creditedAmount }
      expect(note.lines).toHaveLength(1)
      expect(note.lines[0]).toMatchObject({ variant_id: giftBox.id, hsn_code: "08135020" })
      expect(Number(note.lines[0].quantity)).toBe(10)
      // The 10 boxes returned, in kilograms too.
      expect(note.lines[0]).toMatchObject({ reported_uqc: "KGS", net_quantity: boxNet })
      expect(kilograms(BigInt(Math.round(Number(note.lines[0].reported_quantity) * 1000)))).toBe(kilograms(10n * grams(boxNet)))
      expect(headsOf(note.lines[0])).toEqual(credit)
      expect(headsOf(note)).toEqual(credit)
      expect(await ledgerOf(note.id)).toEqual([["credit_note", "IGST", supplierGstin, today.period, -credit.taxable, -credit.igst]])

      // ---- Ledger balances for the month, read as the merchant reads them ----
      const { data: balanceData } = await api.get(
        `/admin/gst/ledger/balances?gstin=${supplierGstin}&from=${today.period}&to=${today.period}`,
        demo.admin
      )
      const balance = Object.fromEntries(
        balanceData.balances.map((b: Json) => [b.tax_head, { taxable: paise(b.taxable_value), amount: paise(b.amount) }])
      ) as Record<string, { taxable: bigint; amount: bigint }>
      expect(balance).toEqual({
        CGST: { taxable: intraTotal.taxable, amount: intraTotal.cgst },
        SGST: { taxable: intraTotal.taxable, amount: intraTotal.sgst },
        IGST: { taxable: interTotal.taxable - credit.taxable, amount: interTotal.igst - credit.igst },
      })

      // ---- GSTR-1 for the month ----
      const { data: started } = await api
        .post("/admin/gst/returns", { return_type: "GSTR1", gstin: supplierGstin, period: today.period }, demo.admin)
        .catch(fail)
      let exported: Json = started.gst_return_export
      for (let attempt = 0; attempt < 200 && !["done", "failed"].includes(exported.status); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 150))
        exported = (await api.get(`/admin/gst/returns/${exported.id}`, demo.admin)).data.gst_return_export
      }
      expect(exported).toMatchObject({ status: "done", progress: 100 })
      expect(exported.summary.inconsistencies.count).toBe(0)
      const file = await api.get(`/admin/gst/returns/${exported.id}/download?format=json`, {
        ...demo.admin,
        transformResponse: (body: string) => body,
      })
      const gstr1 = parseExactJson(file.data)
      expect(gstr1.gstin).toBe(supplierGstin)
      expect(gstr1.fp).toBe(today.fp)
      expect(gstr1.b2b).toBeUndefined()
      expect(gstr1.cdnr).toBeUndefined()

      const money = (value: bigint) => {
        const abs = value < 0n ? -value : value
        return `#${value < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`
      }

      // Table 7: the intra-State invoice, summed by place of supply and rate.
      expect(gstr1.b2cs).toEqual([
        {
          sply_ty: "INTRA",
          pos: "24",
          typ: "OE",
          rt: "#5",
          txval: money(intraTotal.taxable),
          iamt: money(0n),
          camt: money(intraTotal.cgst),
          samt: money(intraTotal.sgst),
          csamt: money(0n),
        },
      ])
      // Table 5: the inter-State invoice above ₹1,00,000, invoice-wise, one item per rate (num = rate × 100 + 1).
      expect(gstr1.b2cl).toEqual([
        {
          pos: "27",
          inv: [
            {
              inum: interInvoice.number,
              idt: today.portalDate,
              val: money(interTotal.total),
              itms: [{ num: "#501", itm_det: { txval: money(interTotal.taxable), rt: "#5", iamt: money(interTotal.igst), csamt: money(0n) } }],
            },
          ],
        },
      ])
      // Table 9B: a credit note against a B2C Large invoice is reported as CDNUR of type B2CL.
      expect(gstr1.cdnur).toEqual([
        {
          typ: "B2CL",
          ntty: "C",
          nt_num: note.number,
          nt_dt: today.portalDate,
          val: money(credit.total),
          pos: "27",
          itms: [{ num: "#501", itm_det: { txval: money(credit.taxable), rt: "#5", iamt: money(credit.igst), csamt: money(0n) } }],
        },
      ])
      // Table 12 (from the May 2025 period, B2C supplies on their own tab), net of the credit note.
      const hsnRows = gstr1.hsn.hsn_b2c.map((r: Json) => [r.hsn_sc, r.uqc, r.rt, r.txval, r.iamt, r.camt, r.samt, r.csamt])
      expect(gstr1.hsn.hsn_b2b).toBeUndefined()
      // Table 12 quantities are the weights sold in KGS, net of the return, worked out here from the packs' labels:
      // cashews 1 × 250 g; gift boxes (50 − 10) × their contents; kaju katli 2 × 500 g + 1 × 1 kg; delivery none.
      expect(gstr1.hsn.hsn_b2c.map((r: Json) => [r.hsn_sc, r.uqc, r.qty])).toEqual([
        ["08013220", "KGS", `#${kilograms(grams("250 g"))}`],
        ["08135020", "KGS", `#${kilograms((50n - 10n) * grams(boxNet))}`],
        ["21069099", "KGS", `#${kilograms(2n * grams("500 g") + grams("1 kg"))}`],
        ["996812", "NA", "#0.000"],
      ])
      expect(gstr1.hsn.hsn_b2c.find((r: Json) => r.hsn_sc === "21069099").qty).toBe("#2.000")
      expect(hsnRows).toEqual([
        ["08013220", "KGS", "#5", money(intraLines[1].taxable), money(0n), money(intraLines[1].cgst), money(intraLines[1].sgst), money(0n)],
        ["08135020", "KGS", "#5", money(interLines[0].taxable - credit.taxable), money(interLines[0].igst - credit.igst), money(0n), money(0n), money(0n)],
        [
          "21069099",
          "KGS",
          "#5",
          money(intraLines[0].taxable + interLines[1].taxable),
          money(interLines[1].igst),
          money(intraLines[0].cgst),
          money(intraLines[0].sgst),
          money(0n),
        ],
        [
          "996812",
          "NA",
          "#5",
          money(intraLines[2].taxable + interLines[2].taxable),
          money(interLines[2].igst),
          money(intraLines[2].cgst),
          money(intraLines[2].sgst),
          money(0n),
        ],
      ])
      // Table 13: two invoices and one credit note, none cancelled.
      expect(gstr1.doc_issue.doc_det).toEqual([
        {
          doc_num: "#1",
          doc_typ: "Invoices for outward supply",
          docs: [{ num: "#1", from: intraInvoice.number, to: interInvoice.number, totnum: "#2", cancel: "#0", net_issue: "#2" }],
        },
        { doc_num: "#5", doc_typ: "Credit Note", docs: [{ num: "#1", from: note.number, to: note.number, totnum: "#1", cancel: "#0", net_issue: "#1" }] },
      ])

      // The return's tax equals the ledger for the month: outward sections less the note, head by head.
      const b2clItems = gstr1.b2cl.flatMap((p: Json) => p.inv.flatMap((i: Json) => i.itms.map((t: Json) => t.itm_det)))
      const cdnurItems = gstr1.cdnur.flatMap((n: Json) => n.itms.map((t: Json) => t.itm_det))
      const total = (rows: Json[], head: string) => rows.reduce((s: bigint, r: Json) => s + (r[head] ? paise(r[head]) : 0n), 0n)
      const net = (head: string) => total(gstr1.b2cs, head) + total(b2clItems, head) - total(cdnurItems, head)
      expect(net("camt")).toBe(balance.CGST.amount)
      expect(net("samt")).toBe(balance.SGST.amount)
      expect(net("iamt")).toBe(balance.IGST.amount)
      expect(net("csamt")).toBe(0n)
      expect(balance.CESS).toBeUndefined()
      // Each document posts its taxable value once per head: CGST rows carry the intra-State value, IGST rows the inter-State.
      expect(net("txval")).toBe(balance.CGST.taxable + balance.IGST.taxable)
      // Table 12 adds up to the same.
      const hsnTotal = (head: string) => total(gstr1.hsn.hsn_b2c, head)
      expect([hsnTotal("txval"), hsnTotal("iamt"), hsnTotal("camt"), hsnTotal("samt")]).toEqual([
        net("txval"),
        net("iamt"),
        net("camt"),
        net("samt"),
      ])
    })
  },
})
