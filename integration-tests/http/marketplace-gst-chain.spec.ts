import { formatPercent, halfOf, parsePercent, percentOf, roundHalfUp } from "@haat/india"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, GUJARAT_ADDRESS, setUpDemoStore } from "../helpers/demo-store"
import { gstr8Of, receiveReturn, taxDocument, taxDocumentsOf } from "../helpers/gst"
import { checkout, distributorOrdersOf, paise, Row, Seeded, seedMarketplace } from "../helpers/marketplace"

jest.setTimeout(300 * 1000)

/**
 * Issue #10, "Must show": one order through the operator (GSTIN 24AAHCH4821K1ZK, Gujarat) and two distributors,
 * A in Gujarat and B in Maharashtra, followed from the Store API cart to GSTR-8.
 *
 * 1. One cart shipped to Ahmedabad, delivery charged: the operator's own line and A's are intra-State
 *    (CGST + SGST), B's inter-State (IGST Act s.7(1)); the order keeps those tax lines.
 * 2. Each supplier invoices its own goods in its own GSTIN and series (CGST Act s.31, CGST Rules r.46(b)).
 *    Delivery is the operator's own supply, on the operator's invoice: the distributors are neither paid nor
 *    taxed for it.
 * 3. Returns on both paths meet in one Medusa return event (order.return_received): B accepts one unit back
 *    through the distributor route, the merchant receives one unit of A's through /admin/returns. Each gives a
 *    credit note in the supplier's GSTIN against its invoice (CGST Act s.34), and the settlement sees it.
 * 4. The orders and returns are backdated into August 2024 and the month is closed. Per distributor the
 *    settlement is its GST documents: gross = its invoice lines, returns = its credit note lines, and the TCS
 *    the operator collects under CGST Act s.52 is 0.5% of the net taxable value (Notifications 52/2018-Central
 *    Tax and 02/2018-Integrated Tax as amended by 15/2024-CT and 01/2024-IT, from 10 Jul 2024): A's as
 *    CGST + SGST halves, B's as IGST. The GST ledger and GSTR-8 hold the same figures; the operator invoices
 *    each distributor its commission net of returns (SAC 998599, 18%). Closing again changes nothing.
 *
 * Every expected figure is worked out here, in paise, from what the APIs show. The stages share one database:
 * each `it` continues where the previous one stopped.
 */

const OPERATOR_GSTIN = "24AAHCH4821K1ZK"
const AUGUST_2024 = { period_start: "2024-07-31T18:30:00.000Z", period_end: "2024-08-31T18:30:00.000Z" }
const PLACED_AT = "2024-08-10T06:30:00.000Z"
const RETURNED_AT = "2024-08-20T06:30:00.000Z"
/** TCS rate on supplies from 10 Jul 2024 (Notification 15/2024-CT, 01/2024-IT). */
const TCS_RATE = "0.5"
/** GST on the commission, a support service (SAC 998599): 18%, or 9% CGST + 9% SGST. */
const COMMISSION_GST_RATE = "18"

type Pg = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Row[] }> }
type Supplier = "operator" | "a" | "b"
type Distributor = "a" | "b"
/** A distributor's month as its GST documents show it, in paise. */
type FromDocuments = {
  /** Invoice and credit note lines with GST (the settlement's gross and returns). */
  gross: bigint
  returned: bigint
  /** The same lines' taxable values (GSTR-8's supplies and returns); base = supplies − returns. */
  supplies: bigint
  returns: bigint
  base: bigint
  /** TCS on the base, by head. */
  cgst: bigint
  sgst: bigint
  igst: bigint
}

const taxCodes = (taxLines: Row[]) => taxLines.map((t: Row) => `${t.code} ${Number(t.rate)}`).sort()
const total = (rows: Row[], field: string): bigint => rows.reduce((s: bigint, r: Row) => s + paise(r[field]), 0n)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let demo: DemoStore
    let seeded: Seeded
    const gstinOf = (who: Supplier) => (who === "operator" ? OPERATOR_GSTIN : who === "a" ? seeded.gstin_a : seeded.gstin_b)

    // What each stage leaves for the next.
    let order: Row
    const items = {} as Record<Supplier, Row>
    const invoices = {} as Record<Supplier, Row>
    const settlements = {} as Record<Distributor, Row>
    const expected = {} as Record<Distributor, FromDocuments>

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      seeded = await seedMarketplace(getContainer(), api)
    })

    // The runner restores the database before every test; snapshotting after each keeps the chain's state.
    afterEach(async () => {
      await dbUtils.snapshot()
    })

    /** The distributor's own order of the chain's customer order, with its lines. */
    async function distributorOrder(who: Distributor) {
      const [mine] = (await distributorOrdersOf(api, seeded[who], order.id)).mine
      return mine as Row
    }

    /** The credit notes issued so far in a supplier's GSTIN for the chain's order, with their lines. */
    async function creditNotesOf(who: Supplier): Promise<Row[]> {
      const { data } = await api.get(
        `/admin/gst/invoices?order_id=${order.id}&document_type=credit_note&supplier_gstin=${gstinOf(who)}&limit=50`,
        demo.admin
      )
      return Promise.all(data.tax_documents.map((d: Row) => taxDocument(api, demo.admin, d.id)))
    }

    it("1. taxes the operator's and A's lines CGST + SGST and B's IGST in one Store API cart to Ahmedabad, and the order keeps them", async () => {
      const { data: products } = await api.get(`/store/products?handle=cashews-w240&fields=variants.id,variants.title`, demo.store)
      const cashews = products.products[0].variants.find((v: Row) => v.title === "250 g")
      const listed = (key: string, quantity: number) => ({
        variant_id: seeded.listings[key].variant_id,
        quantity,
        listing_id: seeded.listings[key].id,
      })
      let cart: Row
      const placed = await checkout(
        api,
        demo,
        [{ variant_id: cashews.id, quantity: 1 }, listed("almonds", 3), listed("bhujia", 4)],
        GUJARAT_ADDRESS,
        async (cartId) => {
          const { data } = await api.get(
            `/store/carts/${cartId}?fields=shipping_total,*items,*items.tax_lines,*shipping_methods,*shipping_methods.tax_lines`,
            demo.store
          )
          cart = data.cart
        }
      )
      order = placed.order
      const lineOf = (lines: Row[], who: Supplier) =>
        lines.find((i: Row) =>
          who === "operator" ? i.variant_id === cashews.id : i.metadata?.listing_id === seeded.listings[who === "a" ? "almonds" : "bhujia"].id
        )

      // In the cart, before it completes.
      expect(taxCodes(lineOf(cart.items, "operator").tax_lines)).toEqual(["CGST 2.5", "SGST 2.5"])
      expect(taxCodes(lineOf(cart.items, "a").tax_lines)).toEqual(["CGST 2.5", "SGST 2.5"])
      // B supplies from Maharashtra (27) into Gujarat (24): inter-State.
      expect(taxCodes(lineOf(cart.items, "b").tax_lines)).toEqual(["IGST 5"])
      // Delivery is charged and is the operator's supply within Gujarat.
      expect(paise(cart.shipping_total)).toBeGreaterThan(0n)
      expect(cart.shipping_methods).toHaveLength(1)
      expect(taxCodes(cart.shipping_methods[0].tax_lines)).toEqual(["CGST 2.5", "SGST 2.5"])

      // The order keeps them.
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=total,shipping_total,*items,*items.tax_lines,*shipping_methods,*shipping_methods.tax_lines`,
        demo.admin
      )
      order = data.order
      for (const who of ["operator", "a", "b"] as Supplier[]) {
        items[who] = lineOf(order.items, who)
        expect(taxCodes(items[who].tax_lines)).toEqual(taxCodes(lineOf(cart.items, who).tax_lines))
      }
      expect(taxCodes(order.shipping_methods[0].tax_lines)).toEqual(["CGST 2.5", "SGST 2.5"])
      expect([items.a.quantity, items.b.quantity]).toEqual([3, 4])
    })

    it("2. issues three tax invoices in three GSTINs, each in its own series: the operator's with its line and the delivery, A's and B's with their own line", async () => {
      const listed = await taxDocumentsOf(api, demo.admin, order.id, "invoice", 3)
      expect(listed.map((d) => d.supplier_gstin).sort()).toEqual([OPERATOR_GSTIN, seeded.gstin_a, seeded.gstin_b].sort())
      for (const who of ["operator", "a", "b"] as Supplier[]) {
        invoices[who] = await taxDocument(api, demo.admin, listed.find((d) => d.supplier_gstin === gstinOf(who)).id)
        // Each GSTIN numbers its own financial-year series from 1, within 16 characters (CGST Rules r.46(b)).
        expect(invoices[who].number).toMatch(/^INV\/\d{4}\/000001$/)
        expect(invoices[who].number.length).toBeLessThanOrEqual(16)
      }

      const charged = (item: Row) => paise(item.unit_price) * BigInt(item.quantity)
      const { operator: own, a: ofA, b: ofB } = invoices
      // The operator: its own line and the delivery.
      expect(own.lines.map((l: Row) => l.line_type).sort()).toEqual(["item", "shipping"])
      const ownItem = own.lines.find((l: Row) => l.line_type === "item")
      const delivery = own.lines.find((l: Row) => l.line_type === "shipping")
      expect(ownItem.line_item_id).toBe(items.operator.id)
      expect(paise(ownItem.total)).toBe(charged(items.operator))
      expect(paise(delivery.total)).toBe(paise(order.shipping_total))
      // A and B: their own line only, nothing of the delivery.
      expect(ofA.lines.map((l: Row) => [l.line_type, l.line_item_id, Number(l.quantity)])).toEqual([["item", items.a.id, 3]])
      expect(ofB.lines.map((l: Row) => [l.line_type, l.line_item_id, Number(l.quantity)])).toEqual([["item", items.b.id, 4]])
      expect(paise(ofA.lines[0].total)).toBe(charged(items.a))
      expect(paise(ofB.lines[0].total)).toBe(charged(items.b))

      // Heads: intra-State CGST = SGST for the operator and A, IGST only for B; each line's heads and taxable value make its total.
      for (const l of [...own.lines, ...ofA.lines]) {
        expect([paise(l.igst), paise(l.cgst) === paise(l.sgst), paise(l.cgst) > 0n]).toEqual([0n, true, true])
        expect(paise(l.taxable_value) + paise(l.cgst) + paise(l.sgst)).toBe(paise(l.total))
      }
      for (const l of ofB.lines) {
        expect([paise(l.cgst), paise(l.sgst), paise(l.igst) > 0n]).toEqual([0n, 0n, true])
        expect(paise(l.taxable_value) + paise(l.igst)).toBe(paise(l.total))
      }
      // Together the three invoices are what the buyer paid.
      expect(paise(own.total) + paise(ofA.total) + paise(ofB.total)).toBe(paise(order.total))
    })

    /** A credit note of one unit of a line: the invoice line's figures in proportion, against that invoice. */
    function expectOneUnitCredited(note: Row, who: Distributor) {
      const invoiceLine = invoices[who].lines[0]
      const quantity = BigInt(items[who].quantity)
      const share = (value: unknown) => roundHalfUp(paise(value), quantity)
      expect(note).toMatchObject({ supplier_gstin: gstinOf(who), original_document_id: invoices[who].id, original_number: invoices[who].number })
      expect(note.number.length).toBeLessThanOrEqual(16)
      expect(note.lines.map((l: Row) => [l.line_item_id, Number(l.quantity)])).toEqual([[items[who].id, 1]])
      expect([note.lines[0].total, note.lines[0].igst, note.lines[0].cgst, note.lines[0].sgst].map(paise)).toEqual(
        [invoiceLine.total, invoiceLine.igst, invoiceLine.cgst, invoiceLine.sgst].map(share)
      )
    }

    /** The order's Medusa returns, received, by id. */
    async function receivedReturns(): Promise<string[]> {
      const { data } = await api.get(`/admin/returns?order_id=${order.id}&fields=id,status`, demo.admin)
      return data.returns.filter((r: Row) => r.status === "received").map((r: Row) => r.id)
    }

    it("3a. B ships and accepts one unit back through the distributor route: a Medusa return, and a credit note in B's GSTIN against B's invoice", async () => {
      const mine = await distributorOrder("b")
      await api.post(`/distributor/orders/${mine.id}/ship`, { tracking_number: "BLUEDART0001" }, seeded.b)
      const line = mine.lines.find((l: Row) => l.line_item_id === items.b.id)
      const { data } = await api.post(`/distributor/orders/${mine.id}/lines/${line.id}/return`, { quantity: 1 }, seeded.b)
      expect(data.distributor_order.lines.find((l: Row) => l.id === line.id).returned_quantity).toBe(1)

      // Issued by the GST plugin's subscriber of order.return_received, after the response.
      const [listed] = await taxDocumentsOf(api, demo.admin, order.id, "credit_note", 1, seeded.gstin_b)
      const note = await taxDocument(api, demo.admin, listed.id)
      expectOneUnitCredited(note, "b")
      expect(await receivedReturns()).toContain(note.return_id)
    })

    it("3b. A ships and the merchant receives one unit of A's line through /admin/returns: a credit note in A's GSTIN, and A's distributor order line shows it returned", async () => {
      const mine = await distributorOrder("a")
      await api.post(`/distributor/orders/${mine.id}/ship`, { tracking_number: "DELHIVERY0002" }, seeded.a)
      const returnId = await receiveReturn(api, demo.admin, {
        order_id: order.id,
        location_id: demo.stock_location_id,
        items: [{ id: items.a.id, quantity: 1 }],
      })

      const [listed] = await taxDocumentsOf(api, demo.admin, order.id, "credit_note", 1, seeded.gstin_a)
      const note = await taxDocument(api, demo.admin, listed.id)
      expectOneUnitCredited(note, "a")
      expect(note.return_id).toBe(returnId)
      expect(await receivedReturns()).toContain(returnId)
      // Nothing of the operator's came back.
      expect(await creditNotesOf("operator")).toEqual([])

      // The marketplace records the return on A's line, where the settlement reads it (after the event, so wait).
      const line = mine.lines.find((l: Row) => l.line_item_id === items.a.id)
      let returned = 0
      for (let attempt = 0; attempt < 40 && returned < 1; attempt++) {
        const again = await distributorOrder("a")
        returned = again.lines.find((l: Row) => l.id === line.id).returned_quantity
        if (returned < 1) await new Promise((r) => setTimeout(r, 250))
      }
      expect(returned).toBe(1)
    })

    it("4a. closing August 2024: each distributor's settlement is its GST documents (goods only) and deducts 0.5% TCS on their net taxable value", async () => {
      const pg = getContainer().resolve<Pg>(ContainerRegistrationKeys.PG_CONNECTION)
      // Into August 2024: the distributor orders, the returns the marketplace recorded and Medusa's returns.
      await pg.raw(`UPDATE distributor_order SET created_at = ? WHERE order_id = ?`, [PLACED_AT, order.id])
      await pg.raw(
        `UPDATE distributor_order
            SET metadata = jsonb_set(metadata, '{returns}',
              (SELECT jsonb_object_agg(r.key, r.value || jsonb_build_object('accepted_at', ?::text)) FROM jsonb_each(metadata->'returns') r))
          WHERE order_id = ? AND jsonb_typeof(metadata->'returns') = 'object' AND metadata->'returns' <> '{}'::jsonb`,
        [RETURNED_AT, order.id]
      )
      await pg.raw(`UPDATE "return" SET created_at = ?, requested_at = ?, received_at = ? WHERE order_id = ?`, [
        RETURNED_AT,
        RETURNED_AT,
        RETURNED_AT,
        order.id,
      ])

      // Expected, from the GST documents: goods invoiced less goods credited, tax excluded for TCS.
      const rate = parsePercent(TCS_RATE)
      for (const who of ["a", "b"] as Distributor[]) {
        const notes = (await creditNotesOf(who)).flatMap((n) => n.lines)
        const supplies = total(invoices[who].lines, "taxable_value")
        const returns = total(notes, "taxable_value")
        const base = supplies - returns
        const intraState = who === "a"
        expected[who] = {
          supplies,
          returns,
          gross: total(invoices[who].lines, "total"),
          returned: total(notes, "total"),
          base,
          cgst: intraState ? percentOf(base, halfOf(rate)) : 0n,
          sgst: intraState ? percentOf(base, halfOf(rate)) : 0n,
          igst: intraState ? 0n : percentOf(base, rate),
        }
      }

      const { data: closed } = await api.post(`/admin/settlements/close`, AUGUST_2024, demo.admin)
      expect(closed.settlements).toHaveLength(2)
      settlements.a = closed.settlements.find((s: Row) => s.distributor_id === seeded.dist_a)
      settlements.b = closed.settlements.find((s: Row) => s.distributor_id === seeded.dist_b)
      expect([settlements.a.created, settlements.b.created]).toEqual([true, true])

      const figures = (s: Row) => ({
        gross: paise(s.gross_amount),
        returns: paise(s.returns_amount),
        tcs_base: paise(s.metadata.tcs.base),
        tcs_cgst: paise(s.metadata.tcs.cgst),
        tcs_sgst: paise(s.metadata.tcs.sgst),
        tcs_igst: paise(s.metadata.tcs.igst),
        tcs_amount: paise(s.tcs_amount),
      })
      const fromDocuments = (e: FromDocuments) => ({
        gross: e.gross,
        returns: e.returned,
        tcs_base: e.base,
        tcs_cgst: e.cgst,
        tcs_sgst: e.sgst,
        tcs_igst: e.igst,
        tcs_amount: e.cgst + e.sgst + e.igst,
      })
      expect({ a: figures(settlements.a), b: figures(settlements.b) }).toEqual({ a: fromDocuments(expected.a), b: fromDocuments(expected.b) })
      for (const s of [settlements.a, settlements.b]) {
        expect(paise(s.net_payable)).toBe(
          paise(s.gross_amount) - paise(s.returns_amount) - paise(s.commission_amount) - paise(s.gst_on_commission) - paise(s.tcs_amount) - paise(s.tds_amount)
        )
      }
    })

    it("4b. the GST ledger's TCS entries and GSTR-8 for 2024-08 hold each settlement's TCS, supplies, returns and net", async () => {
      const { data: ledger } = await api.get(`/admin/gst/ledger?entry_type=tcs&limit=100`, demo.admin)
      const rows = ledger.ledger_entries as Row[]
      const of = (who: Distributor) => rows.filter((r) => r.counterparty_gstin === gstinOf(who))
      expect(rows.every((r) => r.gstin === OPERATOR_GSTIN && r.period === "2024-08")).toBe(true)
      const half = formatPercent(halfOf(parsePercent(TCS_RATE)))
      expect(of("a").map((r) => `${r.tax_head} ${Number(r.rate)}`).sort()).toEqual([`CGST ${half}`, `SGST ${half}`])
      expect(of("b").map((r) => `${r.tax_head} ${Number(r.rate)}`)).toEqual([`IGST ${TCS_RATE}`])

      const report = await gstr8Of(api, demo.admin, "2024-08")
      expect(report.status).toBe(200)
      const statement = report.data.gstr8
      expect(statement.fp).toBe("082024")
      expect(statement.tcs.map((r: Row) => r.stin).sort()).toEqual([seeded.gstin_a, seeded.gstin_b].sort())
      const reported = (who: Distributor) => {
        const r = statement.tcs.find((x: Row) => x.stin === gstinOf(who))
        return [r.sup_u, r.retsup_u, r.amt, r.camt, r.samt, r.iamt].map(paise)
      }

      const held = (who: Distributor) => ({
        ledger: total(of(who), "amount"),
        settlement: paise(settlements[who].tcs_amount),
        gstr8: reported(who),
      })
      const worked = (e: FromDocuments) => ({
        ledger: e.cgst + e.sgst + e.igst,
        settlement: e.cgst + e.sgst + e.igst,
        gstr8: [e.supplies, e.returns, e.base, e.cgst, e.sgst, e.igst],
      })
      expect({ a: held("a"), b: held("b") }).toEqual({ a: worked(expected.a), b: worked(expected.b) })
    })

    it("4c. invoices each distributor its commission net of returns (SAC 998599, 18%: A CGST + SGST, B IGST), and the statement cites the invoice", async () => {
      const { data } = await api.get(`/admin/gst/invoices?document_type=commission_invoice`, demo.admin)
      expect(data.count).toBe(2)
      const nine = halfOf(parsePercent(COMMISSION_GST_RATE))
      const actual = {} as Record<Distributor, Record<string, bigint>>
      const worked = {} as Record<Distributor, Record<string, bigint>>
      for (const who of ["a", "b"] as Distributor[]) {
        const listed = data.tax_documents.find((d: Row) => d.buyer_gstin === gstinOf(who))
        const invoice = await taxDocument(api, demo.admin, listed.id)
        expect(invoice).toMatchObject({ supplier_gstin: OPERATOR_GSTIN, supply_type: "b2b", place_of_supply: gstinOf(who).slice(0, 2) })
        expect(invoice.lines.map((l: Row) => l.hsn_code)).toEqual(["998599"])
        const { data: detail } = await api.get(`/admin/settlements/${settlements[who].id}`, demo.admin)
        const s = detail.settlement
        expect(s.metadata.commission_invoice.number).toBe(invoice.number)
        const csv = await api.get(`/admin/settlements/${s.id}/statement?format=csv`, demo.admin)
        expect(csv.data).toContain(`Commission invoice,${invoice.number} of ${invoice.issue_date}\n`)

        // The commission on the line less the share of the units credited back.
        const line = (await distributorOrder(who)).lines.find((l: Row) => l.line_item_id === items[who].id)
        const credited = (await creditNotesOf(who)).flatMap((n) => n.lines).reduce((sum: bigint, l: Row) => sum + BigInt(Number(l.quantity)), 0n)
        const commission = paise(line.commission_amount) - roundHalfUp(paise(line.commission_amount) * credited, BigInt(line.quantity))
        const heads =
          who === "a"
            ? { cgst: percentOf(commission, nine), sgst: percentOf(commission, nine), igst: 0n }
            : { cgst: 0n, sgst: 0n, igst: percentOf(commission, parsePercent(COMMISSION_GST_RATE)) }
        actual[who] = {
          settlement_commission: paise(s.commission_amount),
          invoice_taxable: paise(invoice.taxable_value),
          cgst: paise(invoice.cgst),
          sgst: paise(invoice.sgst),
          igst: paise(invoice.igst),
          settlement_gst: paise(s.gst_on_commission),
        }
        worked[who] = { settlement_commission: commission, invoice_taxable: commission, ...heads, settlement_gst: heads.cgst + heads.sgst + heads.igst }
      }
      expect(actual).toEqual(worked)
    })

    it("4d. closing August 2024 again changes nothing: the same settlements, no new ledger rows or invoices", async () => {
      const { data: before } = await api.get(`/admin/gst/ledger?entry_type=tcs&limit=100`, demo.admin)
      const reportBefore = await gstr8Of(api, demo.admin, "2024-08")
      const { data: again } = await api.post(`/admin/settlements/close`, AUGUST_2024, demo.admin)
      expect(again.settlements.map((s: Row) => [s.id, s.created, s.net_payable, s.tcs_amount]).sort()).toEqual(
        [
          [settlements.a.id, false, settlements.a.net_payable, settlements.a.tcs_amount],
          [settlements.b.id, false, settlements.b.net_payable, settlements.b.tcs_amount],
        ].sort()
      )
      const { data: after } = await api.get(`/admin/gst/ledger?entry_type=tcs&limit=100`, demo.admin)
      expect(after.ledger_entries.map((r: Row) => r.id).sort()).toEqual(before.ledger_entries.map((r: Row) => r.id).sort())
      expect((await api.get(`/admin/gst/invoices?document_type=commission_invoice`, demo.admin)).data.count).toBe(2)
      expect((await gstr8Of(api, demo.admin, "2024-08")).data.gstr8.tcs).toEqual(reportBefore.data.gstr8.tcs)
    })
  },
})
