import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, GUJARAT_ADDRESS, MAHARASHTRA_ADDRESS, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(240 * 1000)

type Headers = { headers: Record<string, string> }
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, read field by field as a client would
type Row = any
type Answer = { status: number; data: Row }

const PASSWORD = "distributor-password"
const failure = (e: { response?: Answer }) => {
  if (!e.response) throw e
  return e.response
}

/** A registered, verified distributor in Gujarat, its warehouse and an approved listing of Kaju Katli 500 g at ₹599 with 5 in stock. */
type Seeded = {
  distributor_id: string
  owner: Headers
  warehouse_id: string
  listing_id: string
  usd_listing_id: string
  kaju: { id: string; inventory_item_id: string; product_id: string }
  laddoo: { id: string; sku: string; inventory_item_id: string }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let seeded: Seeded

    const variant = async (handle: string, title = "500 g") => {
      const { data } = await api.get(
        `/admin/products?handle=${handle}&fields=id,variants.id,variants.sku,variants.title,variants.inventory_items.inventory_item_id`,
        demo.admin
      )
      const v = data.products[0].variants.find((x: Row) => x.title === title)
      return { id: v.id as string, sku: v.sku as string, inventory_item_id: v.inventory_items[0].inventory_item_id as string, product_id: data.products[0].id as string }
    }

    /** The inventory level of an item at a location, as the admin's inventory page shows it. */
    const level = async (inventoryItemId: string, locationId: string) => {
      const { data } = await api.get(`/admin/inventory-items/${inventoryItemId}/location-levels?limit=50`, demo.admin)
      return data.inventory_levels.find((l: Row) => l.location_id === locationId) as
        | { stocked_quantity: number; reserved_quantity: number; available_quantity: number }
        | undefined
    }

    const newCart = async (regionId = demo.region_ids.India) =>
      (await api.post("/store/carts", { region_id: regionId, email: "priya.shah@example.in" }, demo.store)).data.cart.id as string

    /** Whether Medusa marked each line as custom-priced (not repriced from the catalogue on refresh); the Store API does not expose it. */
    const customPriced = async (cartId: string) => {
      const query = getContainer().resolve("query")
      const { data } = await query.graph({ entity: "cart", fields: ["items.variant_id", "items.is_custom_price"], filters: { id: cartId } })
      return Object.fromEntries(data[0].items.map((i: Row) => [i.variant_id, !!i.is_custom_price]))
    }

    const cartItems = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=items.id,items.quantity,items.unit_price,items.is_tax_inclusive,items.metadata,items.variant_id,total,region_id`, demo.store)).data.cart

    const addListing = (cartId: string, body: Record<string, unknown>) =>
      api.post(`/store/carts/${cartId}/listing-items`, body, demo.store)

    /** Shipping address, standard delivery, cash on delivery, complete. */
    const complete = async (cartId: string) => {
      await api.post(`/store/carts/${cartId}`, { shipping_address: GUJARAT_ADDRESS, billing_address: GUJARAT_ADDRESS }, demo.store)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, demo.store)
      const standard = options.shipping_options.find((o: Row) => o.name.startsWith("Standard"))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, demo.store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, demo.store)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, demo.store)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store)
      expect(data.type).toBe("order")
      return data.order
    }

    /** Subscribers run after the response: poll until what a user would look at has changed. */
    const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> => {
      let value = await read()
      for (let i = 0; i < 100 && !done(value); i++) {
        await new Promise((r) => setTimeout(r, 100))
        value = await read()
      }
      if (!done(value)) throw new Error(`${what} did not happen within 10 s: ${JSON.stringify(value)}`)
      return value
    }

    beforeAll(async () => {
      const container = getContainer()
      demo = await setUpDemoStore(container, api)
      const kaju = await variant("kaju-katli")
      const laddoo = await variant("motichoor-laddoo")

      const email = "nirav@shahsweets.example.in"
      const { data: identity } = await api.post("/auth/distributor/emailpass/register", { email, password: PASSWORD })
      const { data: registered } = await api.post(
        "/distributor/register",
        {
          legal_name: "Shah Sweets Private Limited",
          trade_name: "Shah Sweets",
          gstin: "24AAACS1234K1ZN",
          pan: "AAACS1234K",
          addresses: [{ type: "pickup", address_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", state: "Gujarat", postal_code: "382445" }],
        },
        { headers: { authorization: `Bearer ${identity.token}` } }
      ).catch((e: { response?: Answer }) => {
        throw new Error(`registration failed: ${JSON.stringify(e.response?.data)}`)
      })
      const { data: login } = await api.post("/auth/distributor/emailpass", { email, password: PASSWORD })
      const owner = { headers: { authorization: `Bearer ${login.token}` } }
      const distributorId = registered.distributor.id as string
      // KYC review is another suite's subject: verify the distributor directly.
      const marketplace = container.resolve<Record<string, (...args: Row[]) => Promise<Row>>>("marketplace")
      await marketplace.updateDistributors({ id: distributorId, status: "verified", verified_at: new Date() })

      const { data: created } = await api.post(
        "/distributor/listings",
        { variant_id: kaju.id, sku: "SHAH-KAJU-500", price: "599.00", mrp: "640.00", stocked_quantity: 5, low_stock_threshold: 1 },
        owner
      )
      await api.post(`/admin/listings/${created.listing.id}/review`, { status: "approved" }, demo.admin)
      // An offer priced in dollars, which an Indian-rupee cart cannot take.
      const usd = await marketplace.createListings({
        distributor_id: distributorId,
        product_id: laddoo.product_id,
        variant_id: laddoo.id,
        sku: "SHAH-LADDOO-USD",
        price: "4.50",
        mrp: "5.00",
        currency_code: "usd",
        stock_location_id: created.listing.stock_location_id,
        stocked_quantity: 10,
        status: "approved",
      })
      seeded = {
        distributor_id: distributorId,
        owner,
        warehouse_id: created.listing.stock_location_id,
        listing_id: created.listing.id,
        usd_listing_id: usd.id,
        kaju,
        laddoo,
      }
    })

    describe("a listing line costs the listing's price", () => {
      it("adds a listing at its own price, tax-inclusive as the India region's prices are, through the listing route", async () => {
        const cartId = await newCart()
        const { data } = await addListing(cartId, { listing_id: seeded.listing_id, quantity: 2 })
        expect(data.cart.items).toHaveLength(1)
        const cart = await cartItems(cartId)
        expect(cart.items[0]).toMatchObject({
          variant_id: seeded.kaju.id,
          quantity: 2,
          unit_price: 599,
          is_tax_inclusive: true,
          metadata: { listing_id: seeded.listing_id },
        })
        expect(await customPriced(cartId)).toEqual({ [seeded.kaju.id]: true })

        // The catalogue price of the same variant is something else: the line did not take it.
        const { data: catalogue } = await api.get(
          `/store/products/${seeded.kaju.product_id}?region_id=${demo.region_ids.India}&fields=variants.id,variants.calculated_price.calculated_amount`,
          demo.store
        )
        const catalogued = catalogue.product.variants.find((v: Row) => v.id === seeded.kaju.id).calculated_price.calculated_amount
        expect(catalogued).not.toBe(599)

        // Adding the same listing again adds to the same line.
        await addListing(cartId, { listing_id: seeded.listing_id, quantity: 1 })
        const again = await cartItems(cartId)
        expect(again.items).toHaveLength(1)
        expect(again.items[0]).toMatchObject({ quantity: 3, unit_price: 599 })
      })

      it("gives the same price to a listing named on Medusa's own line-item and create-cart routes", async () => {
        const cartId = await newCart()
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: seeded.kaju.id, quantity: 1, metadata: { listing_id: seeded.listing_id } },
          demo.store
        )
        expect((await cartItems(cartId)).items[0]).toMatchObject({ unit_price: 599, metadata: { listing_id: seeded.listing_id } })

        const { data: created } = await api.post(
          "/store/carts",
          {
            region_id: demo.region_ids.India,
            items: [
              { variant_id: seeded.kaju.id, quantity: 2, metadata: { listing_id: seeded.listing_id } },
              { variant_id: seeded.laddoo.id, quantity: 1 },
            ],
          },
          demo.store
        )
        const items = (await cartItems(created.cart.id)).items
        const listed = items.find((i: Row) => i.variant_id === seeded.kaju.id)
        const own = items.find((i: Row) => i.variant_id === seeded.laddoo.id)
        expect(listed).toMatchObject({ quantity: 2, unit_price: 599 })
        // The operator's own line keeps Medusa's catalogue price.
        expect(own.unit_price).not.toBe(599)
        expect(await customPriced(created.cart.id)).toEqual({ [seeded.kaju.id]: true, [seeded.laddoo.id]: false })
      })

      it("keeps the listing's price when the quantity, the address and the cart's region are refreshed", async () => {
        const cartId = await newCart()
        await addListing(cartId, { listing_id: seeded.listing_id, quantity: 1 })
        const lineId = (await cartItems(cartId)).items[0].id
        await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 4 }, demo.store)
        await api.post(`/store/carts/${cartId}`, { shipping_address: MAHARASHTRA_ADDRESS, billing_address: MAHARASHTRA_ADDRESS }, demo.store)
        // Re-setting the region makes Medusa reprice every line from the catalogue (refreshCartItemsWorkflow, force_refresh).
        await api.post(`/store/carts/${cartId}`, { region_id: demo.region_ids.India }, demo.store)
        const cart = await cartItems(cartId)
        expect(cart.items[0]).toMatchObject({ quantity: 4, unit_price: 599, is_tax_inclusive: true })
        expect(cart.total).toBe(4 * 599)
      })
    })

    describe("bad input is refused with a clear error and leaves the cart as it was", () => {
      it("refuses a negative, zero or fractional quantity, an unknown listing and a listing in another currency", async () => {
        const cartId = await newCart()
        const refused = async (request: Promise<unknown>, status: number, message: string) => {
          const res = await (request as Promise<Answer>).then(() => ({ status: 200, data: {} }) as Answer, failure)
          expect(res.status).toBe(status)
          expect(res.data.message).toContain(message)
        }
        await refused(addListing(cartId, { listing_id: seeded.listing_id, quantity: -1 }), 400, "Quantity must be a whole number of at least 1; -1 was given")
        await refused(addListing(cartId, { listing_id: seeded.listing_id, quantity: 0 }), 400, "Quantity must be a whole number of at least 1; 0 was given")
        await refused(addListing(cartId, { listing_id: seeded.listing_id, quantity: 1.5 }), 400, "Quantity must be a whole number of at least 1; 1.5 was given")
        await refused(addListing(cartId, { listing_id: seeded.listing_id, quantity: "2" }), 400, "Expected type: 'number' for field 'quantity'")
        await refused(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: seeded.kaju.id, quantity: 1.5, metadata: { listing_id: seeded.listing_id } }, demo.store),
          400,
          "Quantity must be a whole number of at least 1; 1.5 was given"
        )
        await refused(addListing(cartId, { listing_id: "lst_NOSUCHLISTING", quantity: 1 }), 404, "Listing lst_NOSUCHLISTING does not exist")
        await refused(
          addListing(cartId, { listing_id: seeded.usd_listing_id, quantity: 1 }),
          400,
          `Listing ${seeded.usd_listing_id} is priced in USD but the cart is in INR`
        )
        await refused(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: seeded.laddoo.id, quantity: 1, metadata: { listing_id: seeded.usd_listing_id } }, demo.store),
          400,
          "is priced in USD but the cart is in INR"
        )
        await refused(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: seeded.laddoo.id, quantity: 1, metadata: { listing_id: seeded.listing_id } }, demo.store),
          400,
          `is not an offer of variant ${seeded.laddoo.id}`
        )
        await refused(addListing("cart_NOSUCHCART", { listing_id: seeded.listing_id, quantity: 1 }), 404, "Cart cart_NOSUCHCART was not found")
        expect((await cartItems(cartId)).items).toHaveLength(0)
      })

      it("refuses more than the listing's stock, counting what the cart already holds, also on a quantity update", async () => {
        const cartId = await newCart()
        await addListing(cartId, { listing_id: seeded.listing_id, quantity: 3 })
        const lineId = (await cartItems(cartId)).items[0].id

        const more = await addListing(cartId, { listing_id: seeded.listing_id, quantity: 3 }).catch(failure)
        expect(more.status).toBe(400)
        expect(more.data.message).toBe("Shah Sweets has 5 in stock; 6 were asked for (3 already in the cart)")
        const raised = await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 6 }, demo.store).catch(failure)
        expect(raised.status).toBe(400)
        expect(raised.data.message).toBe("Shah Sweets has 5 in stock; 6 were asked for")
        expect((await cartItems(cartId)).items[0]).toMatchObject({ quantity: 3, unit_price: 599 })

        await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 5 }, demo.store)
        expect((await cartItems(cartId)).items[0].quantity).toBe(5)
      })

      it("refuses to re-point a line at another listing or strip its listing through metadata, and a change of region", async () => {
        const cartId = await newCart()
        await addListing(cartId, { listing_id: seeded.listing_id, quantity: 1 })
        const lineId = (await cartItems(cartId)).items[0].id
        const strip = await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 1, metadata: {} }, demo.store).catch(failure)
        expect(strip.status).toBe(400)
        expect(strip.data.message).toContain("remove the line and add the other listing with POST /store/carts/:id/listing-items")
        const region = await api.post(`/store/carts/${cartId}`, { region_id: demo.region_ids.International }, demo.store).catch(failure)
        expect(region.status).toBe(400)
        expect(region.data.message).toContain("priced in INR; a region selling in USD cannot take it")
        // Another rupee region: Medusa would delete the custom-priced line on the way, so it is refused too.
        const { data: other } = await api.post("/admin/regions", { name: "India wholesale", currency_code: "inr" }, demo.admin)
        const sameCurrency = await api.post(`/store/carts/${cartId}`, { region_id: other.region.id }, demo.store).catch(failure)
        expect(sameCurrency.status).toBe(400)
        expect(sameCurrency.data.message).toContain("which Medusa removes when a cart changes region; remove those lines, change the region")
        const cart = await cartItems(cartId)
        expect(cart.region_id).toBe(demo.region_ids.India)
        expect(cart.items[0].metadata).toEqual({ listing_id: seeded.listing_id })
      })
    })

    describe("listing stock is Medusa inventory at the distributor's warehouse", () => {
      it("creates the inventory level from the listing and follows stock edits and CSV imports", async () => {
        expect(await level(seeded.kaju.inventory_item_id, seeded.warehouse_id)).toMatchObject({ stocked_quantity: 5, available_quantity: 5 })

        await api.post(`/distributor/listings/${seeded.listing_id}`, { stocked_quantity: 12 }, seeded.owner)
        expect(await level(seeded.kaju.inventory_item_id, seeded.warehouse_id)).toMatchObject({ stocked_quantity: 12 })

        const soan = await variant("soan-papdi")
        expect(await level(soan.inventory_item_id, seeded.warehouse_id)).toBeUndefined()
        const form = new FormData()
        form.append("file", new Blob([`variant_sku,sku,price,mrp,stocked_quantity\n${soan.sku},SHAH-SOAN,230,240,7\n`], { type: "text/csv" }), "listings.csv")
        const { data } = await api.post("/distributor/listings/import", form, seeded.owner)
        expect(data.count).toBe(1)
        expect(await level(soan.inventory_item_id, seeded.warehouse_id)).toMatchObject({ stocked_quantity: 7, reserved_quantity: 0 })

        // A refused import writes no level either.
        const laddooLevel = await level(seeded.laddoo.inventory_item_id, seeded.warehouse_id)
        const bad = new FormData()
        bad.append("file", new Blob([`variant_sku,sku,price,mrp,stocked_quantity\n${seeded.laddoo.sku},SHAH-LADDOO,900,100,9\n`], { type: "text/csv" }), "listings.csv")
        expect((await api.post("/distributor/listings/import", bad, seeded.owner).catch(failure)).status).toBe(400)
        expect(await level(seeded.laddoo.inventory_item_id, seeded.warehouse_id)).toEqual(laddooLevel)
      })

      it("reserves an order's listing units at the distributor's warehouse, and shipping them takes them off once", async () => {
        const cartId = await newCart()
        await addListing(cartId, { listing_id: seeded.listing_id, quantity: 2 })
        const order = await complete(cartId)
        expect(order.items[0]).toMatchObject({ unit_price: 599, quantity: 2 })

        const held = await eventually(
          () => level(seeded.kaju.inventory_item_id, seeded.warehouse_id),
          (l) => l?.reserved_quantity === 2,
          "the reservation at the distributor's warehouse"
        )
        expect(held).toMatchObject({ stocked_quantity: 5, reserved_quantity: 2, available_quantity: 3 })

        // Three left for the next shopper.
        const next = await newCart()
        const tooMany = await addListing(next, { listing_id: seeded.listing_id, quantity: 4 }).catch(failure)
        expect(tooMany.data.message).toBe("Shah Sweets has 3 in stock; 4 were asked for")

        const { data: split } = await eventually(
          (): Promise<{ data: Row }> => api.get("/distributor/orders", seeded.owner),
          (r) => r.data.distributor_orders.some((o: Row) => o.order_id === order.id && o.lines?.length),
          "the order split"
        )
        const mine = split.distributor_orders.find((o: Row) => o.order_id === order.id)
        await api.post(`/distributor/orders/${mine.id}/ship`, { tracking_number: "AWB0001" }, seeded.owner)
        expect(await level(seeded.kaju.inventory_item_id, seeded.warehouse_id)).toMatchObject({
          stocked_quantity: 3,
          reserved_quantity: 0,
          available_quantity: 3,
        })
        const { data: listing } = await api.get(`/distributor/listings/${seeded.listing_id}`, seeded.owner)
        expect(listing.listing.stocked_quantity).toBe(3)
      })
    })

    describe("a distributor's warehouse can ship", () => {
      it("gets a shipping fulfilment set for India and the store's sales channel, so an operator's shipping option there reaches carts", async () => {
        const { data } = await api.get(
          `/admin/stock-locations/${seeded.warehouse_id}?fields=id,*sales_channels,*fulfillment_providers,*fulfillment_sets,*fulfillment_sets.service_zones,*fulfillment_sets.service_zones.geo_zones`,
          demo.admin
        )
        const location = data.stock_location
        expect(location.sales_channels.map((s: Row) => s.id)).toEqual([demo.sales_channel_id])
        expect(location.fulfillment_providers.map((p: Row) => p.id)).toEqual(["manual_manual"])
        expect(location.fulfillment_sets).toHaveLength(1)
        const [set] = location.fulfillment_sets
        expect(set.type).toBe("shipping")
        expect(set.service_zones).toHaveLength(1)
        expect(set.service_zones[0].name).toBe(`India (${seeded.warehouse_id})`)
        expect(set.service_zones[0].geo_zones).toEqual([expect.objectContaining({ type: "country", country_code: "in" })])

        const { data: profiles } = await api.get("/admin/shipping-profiles?type=default", demo.admin)
        await api.post(
          "/admin/shipping-options",
          {
            name: "Shah Sweets local courier",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: set.service_zones[0].id,
            shipping_profile_id: profiles.shipping_profiles[0].id,
            type: { label: "Local", description: "From Vatva", code: "shah-local" },
            prices: [{ currency_code: "inr", amount: 40 }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
          demo.admin
        )
        const cartId = await newCart()
        await addListing(cartId, { listing_id: seeded.listing_id, quantity: 1 })
        await api.post(`/store/carts/${cartId}`, { shipping_address: GUJARAT_ADDRESS }, demo.store)
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, demo.store)
        expect(options.shipping_options.map((o: Row) => o.name)).toContain("Shah Sweets local courier")
      })
    })
  },
})
