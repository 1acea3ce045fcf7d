import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, GUJARAT_ADDRESS, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    describe("the store flow, end to end", () => {
      it("lists the seeded catalogue with the publishable key and refuses without it", async () => {
        const { data } = await api.get("/store/products?limit=50&fields=title,handle,metadata", demo.store)
        expect(data.count).toBeGreaterThanOrEqual(30)
        const kaju = data.products.find((p: { handle: string }) => p.handle === "kaju-katli")
        expect(kaju.metadata.hsn_code).toBe("21069099")

        const refused = await api.get("/store/products").catch((e: { response: { status: number } }) => e.response)
        expect(refused.status).toBe(400)
      })

      it("takes a cart in INR from items to an order paid cash on delivery, and the admin sees it", async () => {
        const { data: products } = await api.get(
          "/store/products?handle=kaju-katli&fields=title,variants.id,variants.title",
          demo.store
        )
        const variant = products.products[0].variants.find((v: { title: string }) => v.title === "500 g")

        const { data: created } = await api.post(
          "/store/carts",
          { region_id: demo.region_ids.India, email: "priya.shah@example.in" },
          demo.store
        )
        const cartId = created.cart.id
        expect(created.cart.currency_code).toBe("inr")

        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 2 }, demo.store)
        await api.post(
          `/store/carts/${cartId}`,
          { shipping_address: GUJARAT_ADDRESS, billing_address: GUJARAT_ADDRESS },
          demo.store
        )

        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, demo.store)
        const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
        expect(standard).toBeDefined()
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, demo.store)

        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, demo.store)
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          demo.store
        )

        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store)
        expect(completed.type).toBe("order")
        const order = completed.order
        // 2 × ₹640 (500 g at twice the 250 g MRP of ₹320) + ₹60 standard delivery, prices tax-inclusive.
        expect(order.items[0].quantity).toBe(2)
        expect(Number(order.item_total)).toBe(1280)
        expect(Number(order.shipping_total)).toBe(60)
        expect(Number(order.total)).toBe(1340)

        const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=id,email,total,payment_status`, demo.admin)
        expect(adminOrder.order.email).toBe("priya.shah@example.in")
        expect(Number(adminOrder.order.total)).toBe(1340)

        const { data: listed } = await api.get("/admin/orders?fields=id", demo.admin)
        expect(listed.orders.map((o: { id: string }) => o.id)).toContain(order.id)
      })
    })
  },
})
