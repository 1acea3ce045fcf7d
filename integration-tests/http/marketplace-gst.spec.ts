import { computeGstinCheckChar, roundHalfUp } from "@haat/india"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { DemoStore, GUJARAT_ADDRESS, setUpDemoStore } from "../helpers/demo-store"
import { seedDistributor } from "../helpers/distributors"
import { receiveReturn, taxDocumentsOf } from "../helpers/gst"

jest.setTimeout(300 * 1000)

type Api = AxiosInstance
/** A JSON body or a module row, read field by field as a client would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place the test does not type what it reads
type Row = any
type Headers = { headers: Record<string, string> }
type ErrorResponse = { status: number; data: { message?: string } }

const failure = (e: { response?: ErrorResponse }): ErrorResponse => {
  if (!e.response) throw e
  return e.response
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Money from a response in paise, through its decimal text (half-up beyond the paisa): never rupees as floats. */
const paise = (value: unknown): bigint => {
  const text = String(value)
  const negative = text.startsWith("-")
  const [whole, fraction = ""] = text.replace("-", "").split(".")
  const scale = 10n ** BigInt(fraction.length)
  const units = BigInt(whole) * scale + BigInt(fraction || "0")
  const rounded = roundHalfUp(units * 100n, scale)
  return negative ? -rounded : rounded
}

/** Text shown by a PDF: pdfkit writes strings as hex in TJ arrays; decode them, plus the Info dictionary. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1")
  const hex = [...raw.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => Buffer.from(m[1], "hex").toString("latin1")).join("")
  return raw + "\n" + hex
}

const gstin = (first14: string) => `${first14}${computeGstinCheckChar(first14)}`
const OPERATOR_GSTIN = gstin("24AAHCH4821K1Z")
const A_GSTIN = gstin("24AAACS1234A1Z")
const B_GSTIN = gstin("27AAFFM5678B1Z")
const C_GSTIN = gstin("29AABCK4321C1Z")

/**
 * What an invoice line should hold for a line charged `amount` paise with GST at 5% inside (MRP prices):
 * each head rounded once, half-up, from the tax inside the amount; the taxable value is what is left.
 */
function expectedHeads(amount: bigint, interState: boolean) {
  if (interState) {
    const igst = roundHalfUp(amount * 5n, 105n)
    return { taxable_value: amount - igst, igst, cgst: 0n, sgst: 0n, total: amount }
  }
  const half = roundHalfUp(amount * 25n, 1050n)
  return { taxable_value: amount - 2n * half, igst: 0n, cgst: half, sgst: half, total: amount }
}

const headsOf = (row: Row) => ({
  taxable_value: paise(row.taxable_value),
  igst: paise(row.igst),
  cgst: paise(row.cgst),
  sgst: paise(row.sgst),
  total: paise(row.total),
})

type Seeded = {
  a: { id: string; headers: Headers }
  b: { id: string; headers: Headers }
  c: { id: string; headers: Headers }
  /** The store's own line and each distributor's listing. */
  kaju: { variant_id: string }
  almonds: { variant_id: string; listing_id: string }
  bhujia: { variant_id: string; listing_id: string }
  raisins: { variant_id: string; listing_id: string }
}

type MarketplaceService = Record<string, (...args: Row[]) => Promise<Row>>

async function seedMarketplace(container: MedusaContainer, api: Api): Promise<Seeded> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const marketplace = container.resolve<MarketplaceService>("marketplace")
  const a = await seedDistributor(container, api, {
    slug: "shah-sweets",
    legal_name: "Shah Sweets Private Limited",
    gstin: A_GSTIN,
    pan: "AAACS1234A",
    email: "owner@shah-sweets.test",
    status: "verified",
    addresses: [{ type: "registered", address_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", state: "Gujarat", postal_code: "382445" }],
  })
  const b = await seedDistributor(container, api, {
    slug: "mumbai-namkeen",
    legal_name: "Mumbai Namkeen LLP",
    gstin: B_GSTIN,
    pan: "AAFFM5678B",
    email: "owner@mumbai-namkeen.test",
    status: "verified",
    addresses: [{ type: "registered", address_1: "Unit 12, Andheri Industrial Estate", city: "Mumbai", state: "Maharashtra", postal_code: "400053" }],
  })
  const c = await seedDistributor(container, api, {
    slug: "kaveri-foods",
    legal_name: "Kaveri Foods Private Limited",
    gstin: C_GSTIN,
    pan: "AABCK4321C",
    email: "owner@kaveri-foods.test",
    status: "in_review",
    addresses: [{ type: "registered", address_1: "Peenya 2nd Stage", city: "Bengaluru", state: "Karnataka", postal_code: "560058" }],
  })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.title"],
    filters: { handle: ["kaju-katli", "california-almonds", "bikaneri-bhujia", "golden-raisins"] },
  })
  const variant = (handle: string, title: string) => {
    const product = (products as Row[]).find((p) => p.handle === handle)
    return { product_id: product.id as string, variant_id: product.variants.find((v: Row) => v.title === title).id as string }
  }
  const listing = async (distributorId: string, handle: string, sku: string) => {
    const v = variant(handle, "250 g")
    const created = await marketplace.createListings({
      distributor_id: distributorId,
      ...v,
      sku,
      price: "100",
      mrp: "100",
      stocked_quantity: 100,
      status: "approved",
    })
    return { variant_id: v.variant_id, listing_id: created.id as string }
  }
  return {
    a,
    b,
    c,
    kaju: { variant_id: variant("kaju-katli", "500 g").variant_id },
    almonds: await listing(a.id, "california-almonds", "SHAH-ALM-250"),
    bhujia: await listing(b.id, "bikaneri-bhujia", "MUM-BHU-250"),
    raisins: await listing(c.id, "golden-raisins", "KAV-RAI-250"),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let seeded: Seeded

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      seeded = await seedMarketplace(getContainer(), api)
    })

    /** A logged-in customer's cart shipped to Ahmedabad, ready to complete (cash on delivery). */
    async function readyCart(customer: Headers, lines: { variant_id: string; quantity: number; listing_id?: string }[]) {
      const { data: created } = await api.post("/store/carts", { region_id: demo.region_ids.India }, customer)
      const cartId = created.cart.id as string
      for (const line of lines) {
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: line.variant_id, quantity: line.quantity, ...(line.listing_id ? { metadata: { listing_id: line.listing_id } } : {}) },
          customer
        )
      }
      await api.post(`/store/carts/${cartId}`, { shipping_address: GUJARAT_ADDRESS, billing_address: GUJARAT_ADDRESS }, customer)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, customer)
      const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, customer)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, customer)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        customer
      )
      return cartId
    }

    const basket = () => [
      { variant_id: seeded.kaju.variant_id, quantity: 2 },
      { variant_id: seeded.almonds.variant_id, quantity: 3, listing_id: seeded.almonds.listing_id },
      { variant_id: seeded.bhujia.variant_id, quantity: 4, listing_id: seeded.bhujia.listing_id },
    ]

    const lineOf = (items: Row[], variantId: string) => items.find((i: Row) => i.variant_id === variantId)
    const taxCodes = (item: Row) => item.tax_lines.map((t: Row) => `${t.code} ${Number(t.rate)}`).sort()

    async function placeBasket() {
      const priya = await demo.customer("priya.shah@example.in")
      const cartId = await readyCart(priya, basket())
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, priya)
      expect(completed.type).toBe("order")
      return { priya, cartId, order: completed.order as Row }
    }

    describe("tax per supplier at cart time", () => {
      it("taxes the store's and A's lines CGST + SGST and B's line IGST in one cart, and the order keeps it", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const cartId = await readyCart(priya, basket())
        const { data } = await api.get(`/store/carts/${cartId}?fields=*items,*items.tax_lines,*shipping_methods.tax_lines`, priya)
        const items = data.cart.items as Row[]
        const kaju = lineOf(items, seeded.kaju.variant_id)
        const almonds = lineOf(items, seeded.almonds.variant_id)
        const bhujia = lineOf(items, seeded.bhujia.variant_id)
        expect(taxCodes(kaju)).toEqual(["CGST 2.5", "SGST 2.5"])
        expect(taxCodes(almonds)).toEqual(["CGST 2.5", "SGST 2.5"])
        // Mumbai Namkeen supplies from Maharashtra (27) to Gujarat (24): inter-State (IGST Act s.7(1)).
        expect(taxCodes(bhujia)).toEqual(["IGST 5"])
        // Delivery is the store's, with its own main line (the kaju katli): within Gujarat.
        expect(data.cart.shipping_methods[0].tax_lines.map((t: Row) => `${t.code} ${Number(t.rate)}`).sort()).toEqual(["CGST 2.5", "SGST 2.5"])
        // MRP prices carry 5% inside: the tax of each line is 5/105 of what it costs.
        for (const item of [kaju, almonds, bhujia]) {
          const amount = paise(item.unit_price) * BigInt(item.quantity)
          expect(paise(item.tax_total)).toBe(roundHalfUp(amount * 5n, 105n))
        }

        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, priya)
        expect(completed.type).toBe("order")
        const { data: order } = await api.get(`/admin/orders/${completed.order.id}?fields=*items,*items.tax_lines`, demo.admin)
        expect(taxCodes(lineOf(order.order.items, seeded.kaju.variant_id))).toEqual(["CGST 2.5", "SGST 2.5"])
        expect(taxCodes(lineOf(order.order.items, seeded.almonds.variant_id))).toEqual(["CGST 2.5", "SGST 2.5"])
        expect(taxCodes(lineOf(order.order.items, seeded.bhujia.variant_id))).toEqual(["IGST 5"])
        // The order.placed subscribers are still writing; let them finish, or their rows land in the next test's
        // database, which the runner restores before every test.
        await taxDocumentsOf(api, demo.admin, completed.order.id, "invoice", 3)
      })
    })

    describe("one tax invoice per supplier", () => {
      it("issues three invoices in three GSTINs and series, each with its own lines, and each supplier sees only its own", async () => {
        const { priya, order } = await placeBasket()
        const listed = await taxDocumentsOf(api, demo.admin, order.id, "invoice", 3)
        expect(listed).toHaveLength(3)
        const bySupplier = Object.fromEntries(listed.map((d) => [d.supplier_gstin, d]))
        expect(Object.keys(bySupplier).sort()).toEqual([A_GSTIN, B_GSTIN, OPERATOR_GSTIN].sort())
        // Each GSTIN numbers its own financial-year series from 1, within 16 characters (CGST Rules r.46(b)).
        for (const document of listed) {
          expect(document.number).toMatch(/^INV\/\d{4}\/000001$/)
          expect(document.number.length).toBeLessThanOrEqual(16)
        }
        const detail = async (id: string) => (await api.get(`/admin/gst/invoices/${id}`, demo.admin)).data.tax_document as Row
        const [own, ofA, ofB] = await Promise.all([OPERATOR_GSTIN, A_GSTIN, B_GSTIN].map((g) => detail(bySupplier[g].id)))

        const items = order.items as Row[]
        const charged = (variantId: string) => {
          const item = lineOf(items, variantId)
          return { id: item.id as string, amount: paise(item.unit_price) * BigInt(item.quantity) }
        }
        const kaju = charged(seeded.kaju.variant_id)
        const almonds = charged(seeded.almonds.variant_id)
        const bhujia = charged(seeded.bhujia.variant_id)

        // The store: its own kaju katli and the delivery, from Gujarat to Gujarat.
        expect(own).toMatchObject({ supplier_state_code: "24", place_of_supply: "24", buyer_name: "Priya Shah", supply_type: "b2cs" })
        expect(own.lines.map((l: Row) => l.line_type).sort()).toEqual(["item", "shipping"])
        const ownItem = own.lines.find((l: Row) => l.line_type === "item")
        expect(ownItem.line_item_id).toBe(kaju.id)
        expect(headsOf(ownItem)).toEqual(expectedHeads(kaju.amount, false))

        // Shah Sweets (A): its almonds only, in its own name and address, CGST + SGST.
        expect(ofA).toMatchObject({
          supplier_legal_name: "Shah Sweets Private Limited",
          supplier_state_code: "24",
          place_of_supply: "24",
          buyer_name: "Priya Shah",
          supply_type: "b2cs",
        })
        expect(ofA.supplier_address).toMatchObject({ address_line_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", postal_code: "382445" })
        expect(ofA.lines).toHaveLength(1)
        expect(ofA.lines[0]).toMatchObject({ line_item_id: almonds.id, hsn_code: "08021200" })
        expect(Number(ofA.lines[0].quantity)).toBe(3)
        expect(headsOf(ofA.lines[0])).toEqual(expectedHeads(almonds.amount, false))
        expect(headsOf(ofA)).toEqual(expectedHeads(almonds.amount, false))

        // Mumbai Namkeen (B): its bhujia only, Maharashtra to Gujarat, IGST.
        expect(ofB).toMatchObject({ supplier_legal_name: "Mumbai Namkeen LLP", supplier_state_code: "27", place_of_supply: "24" })
        expect(ofB.supplier_address).toMatchObject({ city: "Mumbai", postal_code: "400053" })
        expect(ofB.lines).toHaveLength(1)
        expect(ofB.lines[0]).toMatchObject({ line_item_id: bhujia.id, hsn_code: "21069099" })
        expect(headsOf(ofB.lines[0])).toEqual(expectedHeads(bhujia.amount, true))
        expect(headsOf(ofB)).toEqual(expectedHeads(bhujia.amount, true))

        // Together the three invoices are what the buyer paid.
        expect(paise(own.total) + paise(ofA.total) + paise(ofB.total)).toBe(paise(order.total))

        // Each distributor lists and downloads its own invoice, and not the other's.
        const { data: listA } = await api.get(`/distributor/gst/invoices`, seeded.a.headers)
        expect(listA.tax_documents.map((d: Row) => d.id)).toEqual([ofA.id])
        const { data: listB } = await api.get(`/distributor/gst/invoices?order_id=${order.id}`, seeded.b.headers)
        expect(listB.tax_documents.map((d: Row) => d.id)).toEqual([ofB.id])
        const pdfA = await api.get(`/distributor/gst/invoices/${ofA.id}/pdf`, { ...seeded.a.headers, responseType: "arraybuffer" })
        expect(pdfA.headers["content-type"]).toContain("application/pdf")
        const textA = pdfText(Buffer.from(pdfA.data))
        expect(textA).toContain(A_GSTIN)
        expect(textA).toContain(ofA.number)
        const pdfB = await api.get(`/distributor/gst/invoices/${ofB.id}/pdf`, { ...seeded.b.headers, responseType: "arraybuffer" })
        expect(pdfText(Buffer.from(pdfB.data))).toContain(B_GSTIN)
        expect((await api.get(`/distributor/gst/invoices/${ofB.id}/pdf`, seeded.a.headers).catch(failure)).status).toBe(404)
        expect((await api.get(`/distributor/gst/invoices/${ofA.id}`, seeded.b.headers).catch(failure)).status).toBe(404)
        expect((await api.get(`/distributor/gst/invoices/${own.id}/pdf`, seeded.b.headers).catch(failure)).status).toBe(404)
        expect((await api.get(`/distributor/gst/invoices`, demo.store).catch(failure)).status).toBe(401)

        // The customer lists all three and downloads each.
        const { data: mine } = await api.get(`/store/gst/invoices?order_id=${order.id}`, priya)
        expect(mine.count).toBe(3)
        expect(mine.tax_documents.map((d: Row) => d.supplier_gstin).sort()).toEqual([A_GSTIN, B_GSTIN, OPERATOR_GSTIN].sort())
        for (const document of [own, ofA, ofB]) {
          const pdf = await api.get(`/store/gst/invoices/${document.id}/pdf`, { ...priya, responseType: "arraybuffer" })
          expect(pdfText(Buffer.from(pdf.data))).toContain(document.supplier_gstin)
        }

        // A replayed issue changes nothing: the same three invoices come back.
        const again = await api.post("/admin/gst/invoices", { order_id: order.id }, demo.admin)
        expect(again.status).toBe(200)
        expect(again.data.tax_documents.map((d: Row) => d.id).sort()).toEqual([own.id, ofA.id, ofB.id].sort())
        expect((await api.get(`/admin/gst/invoices?order_id=${order.id}&document_type=invoice`, demo.admin)).data.count).toBe(3)
      })

      it("credits a returned line of B on B's credit note, against B's invoice", async () => {
        const { order } = await placeBasket()
        const invoices = await taxDocumentsOf(api, demo.admin, order.id, "invoice", 3)
        const ofB = invoices.find((d) => d.supplier_gstin === B_GSTIN)
        const bhujia = lineOf(order.items, seeded.bhujia.variant_id)

        await api.post(
          `/admin/orders/${order.id}/fulfillments`,
          { items: [{ id: bhujia.id, quantity: 4 }], location_id: demo.stock_location_id },
          demo.admin
        )
        const returnId = await receiveReturn(api, demo.admin, {
          order_id: order.id,
          location_id: demo.stock_location_id,
          items: [{ id: bhujia.id, quantity: 1 }],
        })

        const [listed] = await taxDocumentsOf(api, demo.admin, order.id, "credit_note")
        const { data } = await api.get(`/admin/gst/invoices/${listed.id}`, demo.admin)
        const note = data.tax_document
        expect(note).toMatchObject({
          supplier_gstin: B_GSTIN,
          supplier_legal_name: "Mumbai Namkeen LLP",
          original_document_id: ofB.id,
          original_number: ofB.number,
          return_id: returnId,
        })
        expect(note.number).toMatch(/^CN\/\d{4}\/000001$/)
        // One of four units back: a quarter of the line, IGST reversed in proportion.
        const { data: invoiceB } = await api.get(`/admin/gst/invoices/${ofB.id}`, demo.admin)
        const line = invoiceB.tax_document.lines[0]
        const quarter = (value: unknown) => roundHalfUp(paise(value), 4n)
        expect(note.lines).toHaveLength(1)
        expect(paise(note.total)).toBe(quarter(line.total))
        expect(paise(note.igst)).toBe(quarter(line.igst))
        expect(paise(note.cgst)).toBe(0n)

        await sleep(1000)
        const { data: notes } = await api.get(`/admin/gst/invoices?order_id=${order.id}&document_type=credit_note`, demo.admin)
        expect(notes.count).toBe(1)
        const { data: ofDistributorB } = await api.get(`/distributor/gst/invoices?document_type=credit_note`, seeded.b.headers)
        expect(ofDistributorB.tax_documents.map((d: Row) => d.id)).toEqual([note.id])
        const { data: ofDistributorA } = await api.get(`/distributor/gst/invoices?document_type=credit_note`, seeded.a.headers)
        expect(ofDistributorA.count).toBe(0)
      })
    })

    describe("settlements from the tax documents", () => {
      it("closes the distributors whose supplies are invoiced, names the one that is not, and closes it once its invoice is issued", async () => {
        const marketplace = getContainer().resolve<MarketplaceService>("marketplace")
        const pg = getContainer().resolve<{ raw: (sql: string, bindings?: unknown[]) => Promise<unknown> }>(ContainerRegistrationKeys.PG_CONNECTION)
        const priya = await demo.customer("priya.shah@example.in")
        const place = async (lines: { variant_id: string; quantity: number; listing_id?: string }[]) => {
          const cartId = await readyCart(priya, lines)
          const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, priya)
          expect(data.type).toBe("order")
          return data.order as Row
        }
        // A's order is invoiced. B's is placed while B's registered address is missing, so its invoice cannot be
        // issued (CGST Rules r.46(a) asks for the supplier's address).
        const ofA = await place([{ variant_id: seeded.almonds.variant_id, quantity: 2, listing_id: seeded.almonds.listing_id }])
        await taxDocumentsOf(api, demo.admin, ofA.id, "invoice", 1, A_GSTIN)
        const [bRow] = await marketplace.listDistributors({ id: seeded.b.id })
        await marketplace.updateDistributors({ id: seeded.b.id, addresses: [] })
        const ofB = await place([{ variant_id: seeded.bhujia.variant_id, quantity: 1, listing_id: seeded.bhujia.listing_id }])
        for (const order of [ofA, ofB]) {
          for (let i = 0; i < 80 && !(await marketplace.listDistributorOrders({ order_id: order.id })).length; i++) await sleep(250)
          await pg.raw(`UPDATE distributor_order SET created_at = '2024-09-10T06:30:00.000Z' WHERE order_id = ?`, [order.id])
        }
        const september = { period_start: "2024-08-31T18:30:00.000Z", period_end: "2024-09-30T18:30:00.000Z" }

        const refused = await api.post(`/admin/settlements/close`, september, demo.admin).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("1 of 2 distributors' settlements are closed; not closed:")
        expect(refused.data.message).toContain(`has no line on a tax invoice of GSTIN ${B_GSTIN}`)
        const closedFor = async (id: string) => (await api.get(`/admin/settlements?distributor_id=${id}`, demo.admin)).data.settlements as Row[]
        const [closedA] = await closedFor(seeded.a.id)
        expect(closedA).toBeTruthy()
        expect(await closedFor(seeded.b.id)).toEqual([])
        // Not every distributor's month is closed, so GSTR-8 for it is not ready.
        const early = await api.get(`/admin/gst/gstr8?period=2024-09`, demo.admin).catch(failure)
        expect(early.status).toBe(400)

        // With the address back, the merchant issues B's invoice and closes again: B closes, A is unchanged.
        await marketplace.updateDistributors({ id: seeded.b.id, addresses: bRow.addresses })
        // The order's invoices are issued together: B's for the bhujia, the store's for the delivery.
        const issued = await api.post(`/admin/gst/invoices`, { order_id: ofB.id }, demo.admin)
        expect(issued.data.tax_documents.map((d: Row) => d.supplier_gstin).sort()).toEqual([OPERATOR_GSTIN, B_GSTIN].sort())
        const invoiceOfB = issued.data.tax_documents.find((d: Row) => d.supplier_gstin === B_GSTIN)
        const { data: closed } = await api.post(`/admin/settlements/close`, september, demo.admin)
        const byDistributor = Object.fromEntries(closed.settlements.map((s: Row) => [s.distributor_id, s]))
        expect(byDistributor[seeded.a.id]).toMatchObject({ id: closedA.id, created: false })
        expect(byDistributor[seeded.b.id].created).toBe(true)
        expect(paise(byDistributor[seeded.b.id].gross_amount)).toBe(paise(invoiceOfB.lines[0].total))
      })
    })

    describe("who may sell", () => {
      it("refuses an unverified distributor's listing at add-to-cart", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const { data: created } = await api.post("/store/carts", { region_id: demo.region_ids.India }, priya)
        const refused = await api
          .post(
            `/store/carts/${created.cart.id}/line-items`,
            { variant_id: seeded.raisins.variant_id, quantity: 1, metadata: { listing_id: seeded.raisins.listing_id } },
            priya
          )
          .catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Kaveri Foods Private Limited is not a verified distributor")
      })

      it("stops a distributor whose GSTIN is suspended from that moment: its cart line cannot complete and cannot be added", async () => {
        const priya = await demo.customer("priya.shah@example.in")
        const cartId = await readyCart(priya, basket())
        const { data: before } = await api.get(`/admin/orders?fields=id&limit=1`, demo.admin)

        const missingReason = await api
          .post(`/admin/distributors/${seeded.b.id}/gstin-status`, { gstin_status: "suspended" }, demo.admin)
          .catch(failure)
        expect(missingReason.status).toBe(400)
        const { data: suspended } = await api.post(
          `/admin/distributors/${seeded.b.id}/gstin-status`,
          { gstin_status: "suspended", reason: "Suspended on the GST portal pending cancellation (REG-31)" },
          demo.admin
        )
        // The commercial status is untouched: only the registration is suspended.
        expect(suspended.distributor).toMatchObject({ status: "verified", gstin_status: "suspended" })

        const refused = await api.post(`/store/carts/${cartId}/complete`, {}, priya).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Bikaneri Bhujia")
        expect(refused.data.message).toContain(`Mumbai Namkeen LLP's GSTIN ${B_GSTIN} is suspended`)
        // Nothing was written: the cart is still open and no order was placed.
        const { data: cart } = await api.get(`/store/carts/${cartId}`, priya)
        expect(cart.cart.completed_at).toBeFalsy()
        const { data: after } = await api.get(`/admin/orders?fields=id&limit=1`, demo.admin)
        expect(after.count).toBe(before.count)

        const { data: fresh } = await api.post("/store/carts", { region_id: demo.region_ids.India }, priya)
        const addB = await api
          .post(
            `/store/carts/${fresh.cart.id}/line-items`,
            { variant_id: seeded.bhujia.variant_id, quantity: 1, metadata: { listing_id: seeded.bhujia.listing_id } },
            priya
          )
          .catch(failure)
        expect(addB.status).toBe(400)
        expect(addB.data.message).toContain("is suspended")
        // A's listing still sells.
        const addA = await api.post(
          `/store/carts/${fresh.cart.id}/line-items`,
          { variant_id: seeded.almonds.variant_id, quantity: 1, metadata: { listing_id: seeded.almonds.listing_id } },
          priya
        )
        expect(addA.status).toBe(200)

        // Without B's line the same cart completes.
        const bLine = lineOf((await api.get(`/store/carts/${cartId}`, priya)).data.cart.items, seeded.bhujia.variant_id)
        await api.delete(`/store/carts/${cartId}/line-items/${bLine.id}`, priya)
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, priya)
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          priya
        )
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, priya)
        expect(completed.type).toBe("order")
        await taxDocumentsOf(api, demo.admin, completed.order.id, "invoice", 2)
      })
    })
  },
})
