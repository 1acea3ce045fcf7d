import type GstModuleService from "../../plugins/gst/src/modules/gst/service"
import { computeGstinCheckChar, splitTax } from "@haat/india"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, GUJARAT_ADDRESS, MAHARASHTRA_ADDRESS, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(240 * 1000)

const gstin = (body: string) => `${body}${computeGstinCheckChar(body)}`
/** The seed's registration: Haat Foods Private Limited, Gujarat. */
const HAAT_GUJARAT = gstin("24AAHCH4821K1Z")
const HAAT_CHANDIGARH = gstin("04AAHCH4821K1Z")
const BUYER = gstin("24AABCS1429B1Z")
const SEZ_UNIT = gstin("27AABCZ9876F1Z")
const DISTRIBUTOR = gstin("27AADCD4321G1Z")

const CHANDIGARH_ADDRESS = {
  ...GUJARAT_ADDRESS,
  address_1: "SCO 12, Sector 17",
  city: "Chandigarh",
  province: "in-ch",
  postal_code: "160017",
}
const US_ADDRESS = { ...GUJARAT_ADDRESS, address_1: "350 Fifth Avenue", city: "New York", province: "ny", postal_code: "10118", country_code: "us" }

type TaxLine = { code: string; rate: number; description: string; total?: number; data: Record<string, unknown> }
type CartItem = { id: string; tax_lines: TaxLine[]; subtotal: number; tax_total: number; total: number }
type Cart = {
  id: string
  metadata: Record<string, unknown> | null
  items: CartItem[]
  shipping_methods: { tax_lines: TaxLine[] }[]
  item_subtotal: number
  item_tax_total: number
  item_total: number
  shipping_subtotal: number
  shipping_tax_total: number
  shipping_total: number
  tax_total: number
  total: number
}
type HttpError = { response: { status: number; data: { message: string } } }

const CART_FIELDS =
  "fields=+items.tax_lines.total,+items.subtotal,+items.tax_total,+items.total,+shipping_methods.tax_lines.total"

const heads = (lines: TaxLine[]) => lines.map((l) => `${l.description}`)
/** Half-up to the paisa, as the tax invoice rounds each line. */
const paisa = (amount: number) => Math.round(amount * 100) / 100

/** The marketplace module's generated service methods the supplier test seeds with. */
type MarketplaceService = Record<string, (...args: Record<string, unknown>[]) => Promise<{ id: string }>>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    async function variantId(handle: string, title: string) {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=variants.id,variants.title`, demo.store)
      return data.products[0].variants.find((v: { title: string }) => v.title === title).id as string
    }

    async function getCart(id: string): Promise<Cart> {
      const { data } = await api.get(`/store/carts/${id}?${CART_FIELDS}`, demo.store)
      return data.cart
    }

    /** A cart in the India region with `quantity` of the Kaju Katli 500 g (MRP ₹640), shipped to `address`. */
    async function cartTo(address: Record<string, string>, { region = demo.region_ids.India, quantity = 1, variant = "" } = {}) {
      const { data: created } = await api.post("/store/carts", { region_id: region, email: "priya.shah@example.in" }, demo.store)
      const cartId = created.cart.id
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: variant || (await variantId("kaju-katli", "500 g")), quantity },
        demo.store
      )
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, demo.store)
      return cartId as string
    }

    async function addShipping(cartId: string, name: string) {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, demo.store)
      const option = data.shipping_options.find((o: { name: string }) => o.name.startsWith(name))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, demo.store)
    }

    async function complete(cartId: string) {
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, demo.store)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        demo.store
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store)
      expect(data.type).toBe("order")
      return data.order.id as string
    }

    it("runs the India and export tax regions through the GST provider, configured from the plugin's options", async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "tax_region",
        fields: ["country_code", "provider_id"],
        filters: { parent_id: null },
      })
      const regions = data as { country_code: string; provider_id: string | null }[]
      expect(new Set(regions.map((r) => r.provider_id))).toEqual(new Set(["tp_gst_gst"]))
      expect(regions.map((r) => r.country_code)).toEqual(expect.arrayContaining(["in", "us"]))
      // The hooks read @haat/gst's options where Medusa puts a plugin's options: on its module.
      const gstModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).modules?.gst as { options?: object }
      expect(gstModule.options).toHaveProperty("shipping_rate", "main_supply")
    })

    it("charges CGST 2.5% + SGST 2.5% on a 5% sweet delivered within Gujarat, inside the ₹640 MRP", async () => {
      const cartId = await cartTo(GUJARAT_ADDRESS)
      await addShipping(cartId, "Standard")
      const cart = await getCart(cartId)
      const [item] = cart.items

      expect(heads(item.tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      expect(item.tax_lines.map((l) => [l.code, l.rate])).toEqual([["CGST", 2.5], ["SGST", 2.5]])
      expect(item.tax_lines[0].data).toMatchObject({
        hsn_code: "21069099",
        rate: "5",
        rate_hsn: "21069099",
        supplier_gstin: HAAT_GUJARAT,
        supplier_state: "24",
        place_of_supply: "24",
        supply: "intra_state",
        supply_type: "domestic",
      })

      // Tax-inclusive: Medusa takes the tax out of the price, unrounded: 640 / 1.05 and 640 - 640 / 1.05.
      expect(cart.item_total).toBe(640)
      expect(cart.item_subtotal).toBeCloseTo(609.5238095238, 8)
      expect(cart.item_tax_total).toBeCloseTo(30.4761904762, 8)
      expect(item.tax_lines[0].total).toBeCloseTo(15.2380952381, 8)
      // The invoice rounds per line, half-up to the paisa, to the same figures.
      const invoice = splitTax({ supplier_state: "24", place_of_supply: "24", rate: "5", amount: "640.00", tax_inclusive: true })
      expect(invoice).toMatchObject({ taxable_value: "609.52", cgst: "15.24", sgst: "15.24", total: "640.00" })
      expect([paisa(cart.item_subtotal), paisa(item.tax_lines[0].total!), paisa(item.tax_lines[1].total!)]).toEqual([609.52, 15.24, 15.24])

      // Delivery is part of the supply of goods: taxed at the main supply's 5%, inside the ₹60.
      expect(heads(cart.shipping_methods[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      expect(cart.shipping_methods[0].tax_lines[0].data).toMatchObject({ shipping_basis: "main_supply", main_supply_line_id: item.id })
      expect(cart.shipping_total).toBe(60)
      expect(cart.shipping_tax_total).toBeCloseTo(60 - 60 / 1.05, 8)
      expect(cart.total).toBe(700)
      expect(cart.tax_total).toBeCloseTo(700 - 700 / 1.05, 8)
    })

    it("reads the delivery State however it is written: in-gj, GJ, Gujarat, 24", async () => {
      const cartId = await cartTo(MAHARASHTRA_ADDRESS)
      for (const province of ["in-gj", "GJ", "Gujarat", "24"]) {
        const { data } = await api.post(`/store/carts/${cartId}`, { shipping_address: { ...GUJARAT_ADDRESS, province } }, demo.store)
        expect({ province, heads: heads(data.cart.items[0].tax_lines) }).toEqual({ province, heads: ["CGST 2.5%", "SGST 2.5%"] })
      }
    })

    it("charges IGST 5% when the goods go from Gujarat to Mumbai", async () => {
      const cart = await getCart(await cartTo(MAHARASHTRA_ADDRESS, { quantity: 2 }))
      expect(heads(cart.items[0].tax_lines)).toEqual(["IGST 5%"])
      expect(cart.items[0].tax_lines[0].data).toMatchObject({ place_of_supply: "27", supply: "inter_state" })
      expect(cart.item_total).toBe(1280)
      expect(cart.item_tax_total).toBeCloseTo(1280 - 1280 / 1.05, 8)
    })

    it("charges CGST + UTGST when a Chandigarh depot delivers within Chandigarh, and IGST from Gujarat", async () => {
      const kaju = await variantId("kaju-katli", "500 g")
      expect(heads((await getCart(await cartTo(CHANDIGARH_ADDRESS, { variant: kaju }))).items[0].tax_lines)).toEqual(["IGST 5%"])

      const { data: registration } = await api.post(
        "/admin/gst/registrations",
        { gstin: HAAT_CHANDIGARH, legal_name: "Haat Foods Private Limited", address_line_1: "Plot 3, Industrial Area Phase I", city: "Chandigarh", postal_code: "160002" },
        demo.admin
      )
      const { data: location } = await api.post(
        "/admin/stock-locations",
        { name: "Chandigarh Depot", address: { address_1: "Plot 3, Industrial Area Phase I", city: "Chandigarh", province: "in-ch", postal_code: "160002", country_code: "in" } },
        demo.admin
      )
      const depot = location.stock_location.id
      await api.post(`/admin/stock-locations/${depot}/sales-channels`, { add: [demo.sales_channel_id] }, demo.admin)
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ [Modules.STOCK_LOCATION]: { stock_location_id: depot }, gst: { gst_registration_id: registration.gst_registration.id } })
      // Ahmedabad runs out of this box; the depot has it, so Medusa would reserve (and ship) it there.
      const { data: inventory } = await api.get("/admin/inventory-items?sku=KAJU-KATLI-500-G", demo.admin)
      const inventoryItemId = inventory.inventory_items[0].id
      await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels/${demo.stock_location_id}`, { stocked_quantity: 0 }, demo.admin)
      await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels`, { location_id: depot, stocked_quantity: 40 }, demo.admin)

      const cart = await getCart(await cartTo(CHANDIGARH_ADDRESS, { variant: kaju }))
      expect(heads(cart.items[0].tax_lines)).toEqual(["CGST 2.5%", "UTGST 2.5%"])
      expect(cart.items[0].tax_lines[1].data).toMatchObject({ supplier_gstin: HAAT_CHANDIGARH, supplier_state: "04", place_of_supply: "04" })
    })

    it("lets the app name another supplier through resolve-gst-supply's resolveSupplier hook", async () => {
      // The Haat app claims the hook: a line naming a marketplace listing is supplied by its distributor.
      const marketplace = getContainer().resolve<MarketplaceService>("marketplace")
      const kaju = await variantId("kaju-katli", "500 g")
      const distributor = await marketplace.createDistributors({
        slug: "deccan-sweets",
        legal_name: "Deccan Sweets Private Limited",
        email: "owner@deccan-sweets.test",
        gstin: DISTRIBUTOR,
        state_code: "27",
        pan: DISTRIBUTOR.slice(2, 12),
        status: "verified",
        addresses: [{ type: "registered", address_1: "Plot 7, MIDC Bhosari", city: "Pune", state: "Maharashtra", postal_code: "411026" }],
      })
      const { data: products } = await api.get(`/store/products?handle=kaju-katli&fields=id`, demo.store)
      const listing = await marketplace.createListings({
        distributor_id: distributor.id,
        product_id: products.products[0].id,
        variant_id: kaju,
        sku: "DEC-KAJU-500",
        price: "640",
        mrp: "640",
        stocked_quantity: 10,
        status: "approved",
      })
      const { data: created } = await api.post("/store/carts", { region_id: demo.region_ids.India, email: "priya.shah@example.in" }, demo.store)
      await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: kaju, quantity: 1, metadata: { listing_id: listing.id } }, demo.store)
      await api.post(`/store/carts/${created.cart.id}`, { shipping_address: MAHARASHTRA_ADDRESS }, demo.store)
      const cart = await getCart(created.cart.id)
      expect(heads(cart.items[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      expect(cart.items[0].tax_lines[0].data).toMatchObject({ supplier_gstin: DISTRIBUTOR, supplier_state: "27" })

      await (marketplace.updateDistributors as (data: Record<string, unknown>) => Promise<unknown>)({ id: distributor.id, gstin: "27AADCD4321G1ZZ" })
      const refused = await api
        .post(`/store/carts/${cart.id}`, { shipping_address: GUJARAT_ADDRESS }, demo.store)
        .catch((e: HttpError) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/resolveSupplier hook .* the GSTIN "27AADCD4321G1ZZ": the check character/)
    })

    it("zero-rates an export to the US: IGST 0% under LUT, no tax on the USD cart", async () => {
      const cartId = await cartTo(US_ADDRESS, { region: demo.region_ids.International })
      await addShipping(cartId, "International")
      const cart = await getCart(cartId)
      expect(heads(cart.items[0].tax_lines)).toEqual(["IGST 0%"])
      expect(cart.items[0].tax_lines[0].data).toMatchObject({ supply_type: "export", zero_rated: true, lut: true, place_of_supply: "96" })
      expect(heads(cart.shipping_methods[0].tax_lines)).toEqual(["IGST 0%"])
      expect(cart.tax_total).toBe(0)
      // $8 for the 500 g box (₹640 at about ₹85) plus $25 courier, tax-exclusive prices with nothing added.
      expect([cart.item_total, cart.shipping_total, cart.total]).toEqual([8, 25, 33])
    })

    it("adds GST on top of tax-exclusive prices", async () => {
      const { data: store } = await api.get("/admin/stores", demo.admin)
      await api.post(
        `/admin/stores/${store.stores[0].id}`,
        { supported_currencies: [{ currency_code: "inr", is_default: true, is_tax_inclusive: false }, { currency_code: "usd" }, { currency_code: "eur" }] },
        demo.admin
      )
      await api.post(`/admin/regions/${demo.region_ids.India}`, { is_tax_inclusive: false }, demo.admin)

      const cartId = await cartTo(GUJARAT_ADDRESS)
      await addShipping(cartId, "Standard")
      const cart = await getCart(cartId)
      expect(heads(cart.items[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      expect(cart.items[0].tax_lines.map((l) => l.total)).toEqual([16, 16])
      expect([cart.item_subtotal, cart.item_tax_total, cart.item_total]).toEqual([640, 32, 672])
      expect([cart.shipping_subtotal, cart.shipping_tax_total, cart.shipping_total]).toEqual([60, 3, 63])
      expect(cart.total).toBe(735)
    })

    it("keeps a registered buyer's GSTIN and the GST tax lines on the order", async () => {
      const cartId = await cartTo(GUJARAT_ADDRESS)
      const { data } = await api.post(`/store/gst/carts/${cartId}/buyer`, { gstin: BUYER.toLowerCase() }, demo.store)
      expect(data.cart.metadata).toEqual({ gstin: BUYER, gst_sez: false })
      // B2B: the same tax as a consumer pays.
      expect(heads(data.cart.items[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      await addShipping(cartId, "Standard")
      const orderId = await complete(cartId)

      const { data: order } = await api.get(
        `/admin/orders/${orderId}?fields=metadata,total,tax_total,*items,*items.tax_lines,*shipping_methods,*shipping_methods.tax_lines`,
        demo.admin
      )
      expect(order.order.metadata).toEqual({ gstin: BUYER, gst_sez: false })
      expect(heads(order.order.items[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      expect(order.order.items[0].tax_lines[0]).toMatchObject({
        code: "CGST",
        rate: 2.5,
        provider_id: "gst",
        data: { hsn_code: "21069099", supplier_gstin: HAAT_GUJARAT, place_of_supply: "24" },
      })
      expect(heads(order.order.shipping_methods[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])
      expect(order.order.total).toBe(700)
      expect(order.order.tax_total).toBeCloseTo(700 - 700 / 1.05, 8)
    })

    it("taxes the item an order edit adds, through the order's tax hook", async () => {
      const cartId = await cartTo(MAHARASHTRA_ADDRESS)
      await addShipping(cartId, "Standard")
      const orderId = await complete(cartId)
      const pistachios = await variantId("salted-pistachios", "250 g")

      const { data: edit } = await api.post("/admin/order-edits", { order_id: orderId }, demo.admin)
      expect(edit.order_change.order_id).toBe(orderId)
      const { data } = await api.post(`/admin/order-edits/${orderId}/items`, { items: [{ variant_id: pistachios, quantity: 1 }] }, demo.admin)
      const added = data.order_preview.items.find((i: { variant_id: string }) => i.variant_id === pistachios)
      expect(heads(added.tax_lines)).toEqual(["IGST 5%"])
      // Salted pistachios are classified 08025200; the rate is that of the heading 0802.
      expect(added.tax_lines[0].data).toMatchObject({ hsn_code: "08025200", rate_hsn: "0802", rate: "5", place_of_supply: "27" })
    })

    it("zero-rates a supply to an SEZ unit even within Gujarat, and retaxes when the buyer leaves", async () => {
      const cartId = await cartTo(GUJARAT_ADDRESS)
      const { data: sez } = await api.post(`/store/gst/carts/${cartId}/buyer`, { gstin: SEZ_UNIT, sez: true }, demo.store)
      expect(heads(sez.cart.items[0].tax_lines)).toEqual(["IGST 0%"])
      expect(sez.cart.items[0].tax_lines[0].data).toMatchObject({ supply_type: "sez", zero_rated: true, lut: true })
      expect([sez.cart.item_total, sez.cart.item_tax_total]).toEqual([640, 0])

      const { data: cleared } = await api.post(`/store/gst/carts/${cartId}/buyer`, { gstin: null }, demo.store)
      expect(cleared.cart.metadata).toEqual({})
      expect(heads(cleared.cart.items[0].tax_lines)).toEqual(["CGST 2.5%", "SGST 2.5%"])

      const refused = await api
        .post(`/store/gst/carts/${cartId}/buyer`, { gstin: null, sez: true }, demo.store)
        .catch((e: HttpError) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/SEZ unit or developer needs its GSTIN/)
    })

    it("refuses an invalid GSTIN with a 400 naming the defect, and leaves the cart as it was", async () => {
      const cartId = await cartTo(GUJARAT_ADDRESS)
      const before = await getCart(cartId)

      const typo = await api
        .post(`/store/gst/carts/${cartId}/buyer`, { gstin: `${BUYER.slice(0, 14)}${BUYER[14] === "A" ? "B" : "A"}` }, demo.store)
        .catch((e: HttpError) => e.response)
      expect(typo.status).toBe(400)
      expect(typo.data.message).toMatch(/Invalid GSTIN "24AABCS1429B1Z.": the check character \(15th\) is ".+" but the first 14 characters give ".+": a character is mistyped/)

      const short = await api
        .post(`/store/carts/${cartId}`, { metadata: { gstin: "24AABCS1429B1Z" } }, demo.store)
        .catch((e: HttpError) => e.response)
      expect(short.status).toBe(400)
      expect(short.data.message).toBe('Invalid GSTIN "24AABCS1429B1Z": a GSTIN has 15 characters; "24AABCS1429B1Z" has 14')

      const after = await getCart(cartId)
      expect(after.metadata).toEqual(before.metadata)
      expect(after.items[0].tax_lines.map((l) => l.description)).toEqual(heads(before.items[0].tax_lines))

      // Through Medusa's own cart route a valid GSTIN is kept, upper-cased.
      const { data } = await api.post(`/store/carts/${cartId}`, { metadata: { gstin: BUYER.toLowerCase() } }, demo.store)
      expect(data.cart.metadata).toEqual({ gstin: BUYER })
    })

    it("refuses an HSN that has no rate, and taxes it at the HSN master's rate once the merchant adds one", async () => {
      const { data: created } = await api.post(
        "/admin/products",
        {
          title: "Rose Face Cream",
          status: "published",
          metadata: { hsn_code: "33049990" },
          options: [{ title: "Size", values: ["50 g"] }],
          variants: [{ title: "50 g", options: { Size: "50 g" }, manage_inventory: false, prices: [{ currency_code: "inr", amount: 590 }] }],
          sales_channels: [{ id: demo.sales_channel_id }],
        },
        demo.admin
      )
      const cream = created.product.variants[0].id
      const refused = await cartTo(GUJARAT_ADDRESS, { variant: cream }).then(
        () => undefined,
        (e: HttpError) => e.response
      )
      expect(refused?.status).toBe(400)
      expect(refused?.data.message).toBe('"Rose Face Cream": HSN 33049990 has no GST rate: add it with its rate in Admin → GST')

      const gst = getContainer().resolve<GstModuleService>("gst")
      const [code] = await gst.createGstHsnCodes([{ code: "3304", description: "Beauty or make-up preparations", uqc: "NOS", kind: "goods" }])
      await gst.createGstHsnRates([{ hsn_code_id: code.id, effective_from: "2017-07-01", rate: 18, notification: "1/2017-CTR Schedule III" }])
      const cart = await getCart(await cartTo(GUJARAT_ADDRESS, { variant: cream }))
      expect(heads(cart.items[0].tax_lines)).toEqual(["CGST 9%", "SGST 9%"])
      expect(cart.items[0].tax_lines[0].data).toMatchObject({ hsn_code: "33049990", rate_hsn: "3304", rate_source: "hsn_master", rate: "18" })
      expect(cart.item_tax_total).toBeCloseTo(590 - 590 / 1.18, 8)
    })

    it("refuses a product without HSN at the cart, saying how to classify it", async () => {
      const { data: created } = await api.post(
        "/admin/products",
        {
          title: "Mystery Mithai Box",
          status: "published",
          options: [{ title: "Size", values: ["One"] }],
          variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ currency_code: "inr", amount: 300 }] }],
          sales_channels: [{ id: demo.sales_channel_id }],
        },
        demo.admin
      )
      const mystery = created.product.variants[0].id
      const { data: cart } = await api.post("/store/carts", { region_id: demo.region_ids.India }, demo.store)
      await api.post(`/store/carts/${cart.cart.id}`, { shipping_address: GUJARAT_ADDRESS }, demo.store)

      const refused = await api
        .post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: mystery, quantity: 1 }, demo.store)
        .catch((e: HttpError) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(
        '"Mystery Mithai Box" has no HSN code, and a tax invoice needs one (CGST Rules r.46(g)): link the product to an HSN code in Admin → GST or set its metadata.hsn_code (or set the default_hsn_code option of @haat/gst)'
      )
      expect((await getCart(cart.cart.id)).items).toEqual([])
    })
  },
})
