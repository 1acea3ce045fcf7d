import { formatMoney, percentOf, parsePercent, roundHalfUp } from "@haat/india"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, setUpDemoStore } from "../helpers/demo-store"
import { checkout, distributorOrdersOf, failure, MarketplaceService, paise, Row, Seeded, seedMarketplace } from "../helpers/marketplace"

jest.setTimeout(240 * 1000)

// The marketplace on its own (HAAT_PLUGINS=marketplace): it settles from the order's figures, each line with its
// share of the delivery charge. With GST the app settles from the distributors' tax documents instead
// (marketplace-gst-chain.spec.ts). medusa-config reads HAAT_PLUGINS when the runner loads it, before its `env`.
const pluginsBefore = process.env.HAAT_PLUGINS
process.env.HAAT_PLUGINS = "marketplace"
afterAll(() => {
  if (pluginsBefore === undefined) delete process.env.HAAT_PLUGINS
  else process.env.HAAT_PLUGINS = pluginsBefore
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let seeded: Seeded

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      seeded = await seedMarketplace(getContainer(), api)
    })

    const basket = () => [
      { variant_id: seeded.listings.kaju.variant_id, quantity: 2, listing_id: seeded.listings.kaju.id },
      { variant_id: seeded.listings.almonds.variant_id, quantity: 1, listing_id: seeded.listings.almonds.id },
      { variant_id: seeded.listings.bhujia.variant_id, quantity: 3, listing_id: seeded.listings.bhujia.id },
      { variant_id: seeded.listings.raisins.variant_id, quantity: 1, listing_id: seeded.listings.raisins.id },
    ]

    describe("order split", () => {
      it("splits a checkout into one distributor order per distributor whose totals add up to the order", async () => {
        const { order, sellers } = await checkout(api, demo, basket())
        expect(sellers.map((s: Row) => s.distributor?.slug)).toEqual(["shah-sweets", "shah-sweets", "mumbai-namkeen", "mumbai-namkeen"])

        const { mine: ofA, all: allOfA } = await distributorOrdersOf(api, seeded.a, order.id)
        const { mine: ofB, all: allOfB } = await distributorOrdersOf(api, seeded.b, order.id)
        expect(ofA).toHaveLength(1)
        expect(ofB).toHaveLength(1)
        // Each distributor sees only its own part.
        expect(allOfA.every((o: Row) => o.distributor_id === seeded.dist_a)).toBe(true)
        expect(allOfB.every((o: Row) => o.distributor_id === seeded.dist_b)).toBe(true)
        const [a, b] = [ofA[0], ofB[0]]
        expect(a.lines.map((l: Row) => l.listing_id).sort()).toEqual([seeded.listings.kaju.id, seeded.listings.almonds.id].sort())
        expect(b.lines.map((l: Row) => l.listing_id).sort()).toEqual([seeded.listings.bhujia.id, seeded.listings.raisins.id].sort())

        // 2 × ₹640 + ₹250 + 3 × ₹80 + ₹110 = ₹1,880 of goods and ₹60 delivery.
        expect(paise(order.total)).toBe(194000n)
        expect(paise(a.total) + paise(b.total)).toBe(paise(order.total))
        // Delivery shared by line value (1280 : 250 : 240 : 110), the 2 paise left over to the kaju line.
        expect(paise(a.shipping_total)).toBe(4087n + 797n)
        expect(paise(b.shipping_total)).toBe(765n + 351n)
        expect(paise(a.total)).toBe(128000n + 25000n + 4884n)

        // Tax share: each line's own GST, as the order's lines carry it.
        const { data: adminOrder } = await api.get(`/admin/orders/${order.id}`, demo.admin)
        const taxOf = new Map<string, bigint>(adminOrder.order.items.map((i: Row) => [i.id, paise(i.tax_total)]))
        for (const o of [a, b]) {
          const expectedTax = o.lines.reduce((s: bigint, l: Row) => s + taxOf.get(l.line_item_id)!, 0n)
          expect(paise(o.tax_total)).toBe(expectedTax)
          for (const l of o.lines) expect(paise(l.subtotal) + paise(l.tax_total)).toBe(paise(l.total))
        }
      })

      it("charges each line the commission of its most specific rule", async () => {
        const { order } = await checkout(api, demo, basket())
        const { mine: ofA } = await distributorOrdersOf(api, seeded.a, order.id)
        const { mine: ofB } = await distributorOrdersOf(api, seeded.b, order.id)
        const lines = [...ofA[0].lines, ...ofB[0].lines]
        const byListing = (id: string) => lines.find((l: Row) => l.listing_id === id)
        // kaju: product rule 12.5% of ₹1,280; almonds: Shah Sweets' own 8% of ₹250;
        // bhujia: the Namkeen category's 10% of ₹240; raisins: the 5% default of ₹110.
        expect([
          paise(byListing(seeded.listings.kaju.id).commission_amount),
          paise(byListing(seeded.listings.almonds.id).commission_amount),
          paise(byListing(seeded.listings.bhujia.id).commission_amount),
          paise(byListing(seeded.listings.raisins.id).commission_amount),
        ]).toEqual([16000n, 2000n, 2400n, 550n])
        expect(paise(ofA[0].commission_total)).toBe(18000n)
        expect(paise(ofB[0].commission_total)).toBe(2950n)
      })

      it("creates nothing new when order.placed is handled again", async () => {
        const { order } = await checkout(api, demo, basket())
        await distributorOrdersOf(api, seeded.a, order.id)
        await distributorOrdersOf(api, seeded.b, order.id)
        const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE) as IWorkflowEngineService
        await engine.run("split-order", { input: { order_id: order.id } })
        const marketplace = getContainer().resolve<MarketplaceService>("marketplace")
        const orders = await marketplace.listDistributorOrders({ order_id: order.id })
        expect(orders).toHaveLength(2)
        const lines = await marketplace.listDistributorOrderLines({ distributor_order_id: orders.map((o: Row) => o.id) })
        expect(lines).toHaveLength(4)
      })

      it("keeps one distributor out of another's orders", async () => {
        const { order } = await checkout(api, demo, basket())
        const { mine: ofB } = await distributorOrdersOf(api, seeded.b, order.id)
        const theirs = ofB[0].id
        expect((await api.get(`/distributor/orders/${theirs}`, seeded.a).catch(failure)).status).toBe(404)
        const ship = await api.post(`/distributor/orders/${theirs}/ship`, { tracking_number: "AWB123456" }, seeded.a).catch(failure)
        expect(ship.status).toBe(404)
        const cancel = await api.post(`/distributor/orders/${theirs}/lines/${ofB[0].lines[0].id}/cancel`, {}, seeded.a).catch(failure)
        expect(cancel.status).toBe(404)
        expect((await api.get(`/distributor/orders`).catch(failure)).status).toBe(401)
        const still = await api.get(`/distributor/orders/${theirs}`, seeded.b)
        expect(still.data.distributor_order.status).toBe("pending")
      })

      it("ships each distributor's part and the order's fulfilment status follows", async () => {
        const { order } = await checkout(api, demo, basket())
        const { mine: ofA } = await distributorOrdersOf(api, seeded.a, order.id)
        const { mine: ofB } = await distributorOrdersOf(api, seeded.b, order.id)

        const bad = await api.post(`/distributor/orders/${ofA[0].id}/ship`, { tracking_url: "not a url" }, seeded.a).catch(failure)
        expect(bad.status).toBe(400)

        const { data: shipped } = await api.post(
          `/distributor/orders/${ofA[0].id}/ship`,
          { carrier: "Delhivery", tracking_number: "DLV1234567", tracking_url: "https://track.example/DLV1234567" },
          seeded.a
        )
        expect(shipped.distributor_order.status).toBe("shipped")
        expect(shipped.distributor_order.tracking_number).toBe("DLV1234567")
        expect(shipped.distributor_order.lines.every((l: Row) => l.status === "fulfilled")).toBe(true)
        let { data: after } = await api.get(`/admin/orders/${order.id}`, demo.admin)
        expect(after.order.fulfillment_status).toBe("partially_shipped")

        const again = await api.post(`/distributor/orders/${ofA[0].id}/ship`, { tracking_number: "DLV7654321" }, seeded.a).catch(failure)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/shipped/)

        // B cancels raisins before shipping and ships the rest.
        const raisins = ofB[0].lines.find((l: Row) => l.listing_id === seeded.listings.raisins.id)
        const { data: cancelled } = await api.post(
          `/distributor/orders/${ofB[0].id}/lines/${raisins.id}/cancel`,
          { reason: "Out of stock" },
          seeded.b
        )
        expect(cancelled.distributor_order.lines.find((l: Row) => l.id === raisins.id).status).toBe("cancelled")
        await api.post(`/distributor/orders/${ofB[0].id}/ship`, { tracking_number: "BLUEDART998" }, seeded.b)
        ;({ data: after } = await api.get(`/admin/orders/${order.id}`, demo.admin))
        expect(after.order.fulfillment_status).toBe("partially_shipped")

        const tooMany = await api
          .post(`/distributor/orders/${ofA[0].id}/lines/${ofA[0].lines[0].id}/return`, { quantity: 9 }, seeded.a)
          .catch(failure)
        expect(tooMany.status).toBe(400)
      })
    })

    describe("storefront", () => {
      it("shows a verified distributor's profile and approved listings by slug, and 404 for unknown ones", async () => {
        const { data } = await api.get(`/store/distributors/shah-sweets`, demo.store)
        expect(data.distributor.legal_name).toBe("Shah Sweets Private Limited")
        expect(data.listings.map((l: Row) => l.id).sort()).toEqual([seeded.listings.kaju.id, seeded.listings.almonds.id].sort())
        expect((await api.get(`/store/distributors/nobody`, demo.store).catch(failure)).status).toBe(404)
      })
    })

    describe("settlements", () => {
      it("closes a period to the paisa, once, and records its payout once", async () => {
        const { order } = await checkout(api, demo, basket())
        const { mine: ofA } = await distributorOrdersOf(api, seeded.a, order.id)
        const { mine: ofB } = await distributorOrdersOf(api, seeded.b, order.id)
        await api.post(`/distributor/orders/${ofA[0].id}/ship`, { tracking_number: "DLV1000001" }, seeded.a)
        const kaju = ofA[0].lines.find((l: Row) => l.listing_id === seeded.listings.kaju.id)
        const { data: accepted } = await api.post(`/distributor/orders/${ofA[0].id}/lines/${kaju.id}/return`, { quantity: 1 }, seeded.a)
        expect(accepted.distributor_order.lines.find((l: Row) => l.id === kaju.id).returned_quantity).toBe(1)
        // The return is Medusa's own, received: the customer's order shows it.
        const { data: withReturn } = await api.get(`/admin/orders/${order.id}?fields=*items`, demo.admin)
        expect(withReturn.order.items.find((i: Row) => i.id === kaju.line_item_id).detail.return_received_quantity).toBe(1)

        const period = { period_start: new Date(Date.now() - 24 * 3600 * 1000).toISOString(), period_end: new Date().toISOString() }
        const { data: closed } = await api.post(`/admin/settlements/close`, period, demo.admin)
        expect(closed.settlements).toHaveLength(2)
        const sa = closed.settlements.find((s: Row) => s.distributor_id === seeded.dist_a)
        const sb = closed.settlements.find((s: Row) => s.distributor_id === seeded.dist_b)
        expect(sa.created).toBe(true)

        // Shah Sweets (Gujarat, shipping to Gujarat): intra-State.
        const a = ofA[0]
        const almonds = a.lines.find((l: Row) => l.listing_id === seeded.listings.almonds.id)
        // TCS and TDS are on the value before GST: the shipping share less the GST the split recorded in it.
        const marketplace = getContainer().resolve<MarketplaceService>("marketplace")
        const [stored] = await marketplace.listDistributorOrders({ id: a.id })
        const shippingTax = Object.values(stored.metadata.shipping_tax_shares as Record<string, string>).reduce((s, v) => s + paise(v), 0n)
        const shipA = paise(a.shipping_total) - shippingTax
        const gross = paise(a.total)
        const returns = paise(kaju.total) / 2n
        const commission = paise(a.commission_total) - paise(kaju.commission_amount) / 2n
        const gst = percentOf(commission, parsePercent("18"))
        const taxableReturned = roundHalfUp(paise(kaju.subtotal), 2n)
        const tcsBase = paise(kaju.subtotal) + paise(almonds.subtotal) + shipA - taxableReturned
        const half = percentOf(tcsBase, parsePercent("0.25"))
        const tds = percentOf(tcsBase, parsePercent("0.1"))
        expect(paise(sa.gross_amount)).toBe(gross)
        expect(paise(sa.returns_amount)).toBe(returns)
        expect(paise(sa.commission_amount)).toBe(commission)
        expect(paise(sa.gst_on_commission)).toBe(gst)
        expect(sa.metadata.tcs.cgst).toBe(sa.metadata.tcs.sgst)
        expect(paise(sa.metadata.tcs.cgst)).toBe(half)
        expect(paise(sa.metadata.tcs.igst)).toBe(0n)
        expect(paise(sa.tcs_amount)).toBe(2n * half)
        expect(paise(sa.tds_amount)).toBe(tds)
        expect(paise(sa.net_payable)).toBe(gross - returns - commission - gst - 2n * half - tds)

        // Mumbai Namkeen (Maharashtra, shipping to Gujarat): IGST.
        const b = ofB[0]
        const [storedB] = await marketplace.listDistributorOrders({ id: b.id })
        const shippingTaxB = Object.values(storedB.metadata.shipping_tax_shares as Record<string, string>).reduce((s, v) => s + paise(v), 0n)
        const bBase = b.lines.reduce((s: bigint, l: Row) => s + paise(l.subtotal), 0n) + paise(b.shipping_total) - shippingTaxB
        expect(paise(sb.metadata.tcs.igst)).toBe(percentOf(bBase, parsePercent("0.5")))
        expect(paise(sb.metadata.tcs.cgst)).toBe(0n)
        expect(paise(sb.net_payable)).toBe(
          paise(sb.gross_amount) - paise(sb.returns_amount) - paise(sb.commission_amount) - paise(sb.gst_on_commission) - paise(sb.tcs_amount) - paise(sb.tds_amount)
        )

        // Closing the same period again changes nothing.
        const { data: again } = await api.post(`/admin/settlements/close`, { ...period, distributor_id: seeded.dist_a }, demo.admin)
        expect(again.settlements).toHaveLength(1)
        expect(again.settlements[0].id).toBe(sa.id)
        expect(again.settlements[0].created).toBe(false)
        expect(again.settlements[0].net_payable).toBe(sa.net_payable)
        const { data: list } = await api.get(`/admin/settlements?distributor_id=${seeded.dist_a}`, demo.admin)
        expect(list.count).toBe(1)

        // A payout is recorded once per reference, and never for more than is owed.
        const over = await api
          .post(`/admin/settlements/${sa.id}/payouts`, { reference: "UTR0001", amount: "999999.00", paid_at: "2026-01-05" }, demo.admin)
          .catch(failure)
        expect(over.status).toBe(400)
        const amount = String(sa.net_payable)
        const first = await api.post(`/admin/settlements/${sa.id}/payouts`, { reference: "UTR0001", amount, paid_at: "2026-01-05" }, demo.admin)
        expect(first.status).toBe(201)
        expect(first.data.settlement.status).toBe("paid")
        const second = await api.post(`/admin/settlements/${sa.id}/payouts`, { reference: "UTR0001", amount, paid_at: "2026-01-05" }, demo.admin)
        expect(second.status).toBe(200)
        expect(second.data.settlement.payouts).toHaveLength(1)

        // Statements, and the distributor sees only its own settlement.
        const csv = await api.get(`/admin/settlements/${sa.id}/statement?format=csv`, demo.admin)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        expect(csv.data).toContain(`Net payable,${formatMoney(paise(sa.net_payable))}\n`)
        const pdf = await api.get(`/distributor/settlements/${sa.id}/statement?format=pdf`, seeded.a)
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect((await api.get(`/distributor/settlements/${sa.id}`, seeded.b).catch(failure)).status).toBe(404)
        expect((await api.get(`/distributor/settlements/${sa.id}/statement`, seeded.b).catch(failure)).status).toBe(404)
        const { data: own } = await api.get(`/distributor/settlements`, seeded.b)
        expect(own.settlements.map((s: Row) => s.id)).toEqual([sb.id])
      })

      it("refuses a period that has not ended or is back to front", async () => {
        const future = await api
          .post(`/admin/settlements/close`, { period_start: "2026-01-01", period_end: "2999-01-01" }, demo.admin)
          .catch(failure)
        expect(future.status).toBe(400)
        const backwards = await api
          .post(`/admin/settlements/close`, { period_start: "2025-02-01", period_end: "2025-01-01" }, demo.admin)
          .catch(failure)
        expect(backwards.status).toBe(400)
        const { data } = await api.get(`/admin/settlements`, demo.admin)
        expect(data.count).toBe(0)
      })
    })

    describe("dashboards", () => {
      it("gives each distributor its own figures and the admin GMV and commission by distributor", async () => {
        const { order } = await checkout(api, demo, basket())
        const { mine: ofA } = await distributorOrdersOf(api, seeded.a, order.id)
        const { mine: ofB } = await distributorOrdersOf(api, seeded.b, order.id)
        await api.post(`/distributor/orders/${ofA[0].id}/ship`, { tracking_number: "DLV1000002" }, seeded.a)

        const { data: mine } = await api.get(`/distributor/dashboard`, seeded.a)
        expect(mine.dashboard.orders).toBe(1)
        expect(paise(mine.dashboard.sales)).toBe(paise(ofA[0].total))
        expect(mine.dashboard.fulfilment_rate).toBe(100)
        expect(mine.dashboard.top_products[0].product_id).toBe(seeded.listings.kaju.product_id)

        const { data: admin } = await api.get(`/admin/marketplace/dashboard`, demo.admin)
        const row = (id: string) => admin.dashboard.by_distributor.find((d: Row) => d.distributor_id === id)
        expect(paise(row(seeded.dist_a).gmv)).toBe(paise(ofA[0].total))
        expect(paise(row(seeded.dist_b).commission)).toBe(paise(ofB[0].commission_total))
        expect(admin.dashboard.distributors_by_status).toEqual([{ status: "verified", count: 2 }])
        const csv = await api.get(`/admin/marketplace/dashboard?format=csv`, demo.admin)
        expect(csv.data.split("\n")[0]).toBe("Distributor,Slug,Status,Orders,GMV (INR),Commission (INR)")
      })
    })
  },
})
