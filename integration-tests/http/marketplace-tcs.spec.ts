import { formatMoney, parsePercent, percentOf } from "@haat/india"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, setUpDemoStore } from "../helpers/demo-store"
import { gstr8Of, taxDocument, taxDocumentsOf } from "../helpers/gst"
import { checkout, distributorOrdersOf, failure, paise, Row, Seeded, seedMarketplace } from "../helpers/marketplace"

jest.setTimeout(300 * 1000)

/**
 * Marketplace meets GST (issue #10): the operator (demo GSTIN 24AAHCH4821K1ZK, Gujarat) collects TCS under CGST Act
 * s.52 on its distributors' supplies, posts it to the GST ledger, deducts it in the settlement, reports it in GSTR-8
 * and invoices each distributor for its commission. A is in Gujarat, B in Maharashtra; every order ships to
 * Ahmedabad, so A's supplies are intra-State (CGST + SGST) and B's inter-State (IGST).
 *
 * The flow runs through the real checkout and order split. To cross the TCS rate change (1% up to 9 Jul 2024,
 * 0.5% from 10 Jul 2024: Notifications 52/2018-CT and 02/2018-IT as amended by 15/2024-CT and 01/2024-IT), the test
 * backdates the distributor orders in the database to 9 and 10 Jul 2024 (12:00 IST) and B's accepted return to
 * 20 Jul 2024, then closes July 2024. Nothing else about the orders changes.
 */

const JULY_2024 = { period_start: "2024-06-30T18:30:00.000Z", period_end: "2024-07-31T18:30:00.000Z" }
const NINTH_JULY = "2024-07-09T06:30:00.000Z"
const TENTH_JULY = "2024-07-10T06:30:00.000Z"
const OPERATOR_GSTIN = "24AAHCH4821K1ZK"

type Pg = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Row[] }> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let seeded: Seeded

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      seeded = await seedMarketplace(getContainer(), api)
    })

    const line = (key: keyof Seeded["listings"] & string, quantity: number) => ({
      variant_id: seeded.listings[key].variant_id,
      quantity,
      listing_id: seeded.listings[key].id,
    })

    /** A supplier's tax documents of one type for an order, with their lines, once they are issued. */
    async function documentsOf(orderId: string, gstin: string, type: "invoice" | "credit_note"): Promise<Row[]> {
      const listed = await taxDocumentsOf(api, demo.admin, orderId, type, 1, gstin)
      return Promise.all(listed.map((d) => taxDocument(api, demo.admin, d.id)))
    }

    /** Value before GST of what a supplier's documents of an order state: the base of its TCS (s.52(1)). */
    const taxableIn = (documents: Row[]): bigint =>
      documents.flatMap((d) => d.lines as Row[]).reduce<bigint>((s, l) => s + paise(l.taxable_value), 0n)

    it("posts each distributor's TCS to the ledger at the rate of each supply's date, deducts exactly that, reports it in GSTR-8 and invoices the commission", async () => {
      const container = getContainer()
      const pg = container.resolve<Pg>(ContainerRegistrationKeys.PG_CONNECTION)

      // Order 1 (9 Jul 2024): A's kaju katli, B's bhujia and raisins. Order 2 (10 Jul 2024): A's almonds, B's bhujia.
      const first = await checkout(api, demo, [line("kaju", 2), line("bhujia", 3), line("raisins", 1)])
      const second = await checkout(api, demo, [line("almonds", 1), line("bhujia", 2)])
      await distributorOrdersOf(api, seeded.a, first.order.id)
      const [b1] = (await distributorOrdersOf(api, seeded.b, first.order.id)).mine
      await distributorOrdersOf(api, seeded.a, second.order.id)
      await distributorOrdersOf(api, seeded.b, second.order.id)

      // B ships order 1 and takes back one of the three bhujia packs.
      await api.post(`/distributor/orders/${b1.id}/ship`, { tracking_number: "BLUEDART0001" }, seeded.b)
      const bhujia = b1.lines.find((l: Row) => l.listing_id === seeded.listings.bhujia.id)
      await api.post(`/distributor/orders/${b1.id}/lines/${bhujia.id}/return`, { quantity: 1 }, seeded.b)

      await pg.raw(`UPDATE distributor_order SET created_at = ? WHERE order_id = ?`, [NINTH_JULY, first.order.id])
      await pg.raw(`UPDATE distributor_order SET created_at = ? WHERE order_id = ?`, [TENTH_JULY, second.order.id])
      await pg.raw(
        `UPDATE distributor_order SET metadata = jsonb_set(metadata, ARRAY['returns', ?, 'accepted_at'], to_jsonb(?::text)) WHERE id = ?`,
        [bhujia.id, "2024-07-20T06:30:00.000Z", b1.id]
      )

      // Expected TCS, computed here from the distributors' own tax invoices and credit note: delivery is the
      // operator's supply, on the operator's invoice, so it is no part of a distributor's.
      const aGstin = seeded.gstin_a
      const bGstin = seeded.gstin_b
      const aNinth = taxableIn(await documentsOf(first.order.id, aGstin, "invoice"))
      const aTenth = taxableIn(await documentsOf(second.order.id, aGstin, "invoice"))
      const aHalf = percentOf(aNinth, parsePercent("0.5")) + percentOf(aTenth, parsePercent("0.25"))
      const bSuppliesNinth = taxableIn(await documentsOf(first.order.id, bGstin, "invoice"))
      const creditNotes = await documentsOf(first.order.id, bGstin, "credit_note")
      expect(creditNotes.flatMap((d) => d.lines).map((l: Row) => [l.line_item_id, Number(l.quantity)])).toEqual([[bhujia.line_item_id, 1]])
      const bReturned = taxableIn(creditNotes)
      const bTenth = taxableIn(await documentsOf(second.order.id, bGstin, "invoice"))
      const bIgst = percentOf(bSuppliesNinth - bReturned, parsePercent("1")) + percentOf(bTenth, parsePercent("0.5"))
      expect(aHalf).toBeGreaterThan(0n)
      expect(bIgst).toBeGreaterThan(0n)

      const { data: closed } = await api.post(`/admin/settlements/close`, JULY_2024, demo.admin)
      expect(closed.settlements).toHaveLength(2)
      const sa = closed.settlements.find((s: Row) => s.distributor_id === seeded.dist_a)
      const sb = closed.settlements.find((s: Row) => s.distributor_id === seeded.dist_b)
      expect([sa.created, sb.created]).toEqual([true, true])

      // Settlements deduct the TCS: A's as CGST + SGST halves, B's as IGST.
      expect(paise(sa.metadata.tcs.cgst)).toBe(aHalf)
      expect(paise(sa.metadata.tcs.sgst)).toBe(aHalf)
      expect(paise(sa.metadata.tcs.igst)).toBe(0n)
      expect(paise(sa.tcs_amount)).toBe(2n * aHalf)
      expect(paise(sb.metadata.tcs.igst)).toBe(bIgst)
      expect(paise(sb.metadata.tcs.cgst)).toBe(0n)
      expect(paise(sb.tcs_amount)).toBe(bIgst)

      // The GST ledger holds exactly what the settlements deducted, head by head and rate by rate.
      const { data: ledger } = await api.get(`/admin/gst/ledger?entry_type=tcs&limit=100`, demo.admin)
      const rows = ledger.ledger_entries as Row[]
      const of = (gstin: string) => rows.filter((r) => r.counterparty_gstin === gstin)
      const total = (list: Row[]) => list.reduce((s, r) => s + paise(r.amount), 0n)
      expect(of(aGstin).map((r) => `${r.tax_head} ${r.rate}`).sort()).toEqual(["CGST 0.25", "CGST 0.5", "SGST 0.25", "SGST 0.5"])
      expect(total(of(aGstin))).toBe(paise(sa.tcs_amount))
      expect(of(bGstin).map((r) => `${r.tax_head} ${r.rate}`).sort()).toEqual(["IGST 0.5", "IGST 1"])
      expect(total(of(bGstin))).toBe(paise(sb.tcs_amount))
      expect(rows.every((r) => r.gstin === OPERATOR_GSTIN && r.period === "2024-07")).toBe(true)
      const bNinthRow = of(bGstin).find((r) => r.rate === "1" || Number(r.rate) === 1)
      expect(paise(bNinthRow.supplies_value)).toBe(bSuppliesNinth)
      expect(paise(bNinthRow.returns_value)).toBe(bReturned)
      expect(paise(bNinthRow.amount)).toBe(percentOf(bSuppliesNinth - bReturned, parsePercent("1")))

      // GSTR-8 for July 2024 lists A and B with those figures.
      const report = await gstr8Of(api, demo.admin, "2024-07")
      expect(report.status).toBe(200)
      const { gstr8: statement } = report.data
      expect(statement.fp).toBe("072024")
      expect(statement.tcs.map((r: Row) => r.stin).sort()).toEqual([aGstin, bGstin].sort())
      const a = statement.tcs.find((r: Row) => r.stin === aGstin)
      const b = statement.tcs.find((r: Row) => r.stin === bGstin)
      expect([paise(a.sup_u), paise(a.retsup_u), paise(a.amt), paise(a.camt), paise(a.samt), paise(a.iamt)]).toEqual([
        aNinth + aTenth, 0n, aNinth + aTenth, aHalf, aHalf, 0n,
      ])
      expect([paise(b.sup_u), paise(b.retsup_u), paise(b.amt), paise(b.iamt), paise(b.camt)]).toEqual([
        bSuppliesNinth + bTenth, bReturned, bSuppliesNinth + bTenth - bReturned, bIgst, 0n,
      ])
      expect(statement.tcsa).toEqual([])

      const json = await api.get(`/admin/gst/gstr8/download?period=2024-07&format=json`, { ...demo.admin, responseType: "text" })
      expect(json.headers["content-disposition"]).toBe(`attachment; filename="GSTR8_${OPERATOR_GSTIN}_072024.json"`)
      expect(json.data).toContain(`"stin":"${bGstin}","supR":0.00,"retsupR":0.00,"supU":${formatMoney(bSuppliesNinth + bTenth)},"retsupU":${formatMoney(bReturned)}`)
      expect(JSON.parse(json.data).gstin).toBe(OPERATOR_GSTIN)
      const csv = await api.get(`/admin/gst/gstr8/download?period=2024-07&format=csv`, demo.admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.data).toContain(`tcs,,${aGstin},0.00,0.00,${formatMoney(aNinth + aTenth)},0.00,${formatMoney(aNinth + aTenth)},0.00,${formatMoney(aHalf)},${formatMoney(aHalf)}\n`)

      // Commission invoices in the operator's series: A intra-State (CGST + SGST), B inter-State (IGST), 18% on the commission.
      const { data: invoices } = await api.get(`/admin/gst/invoices?document_type=commission_invoice`, demo.admin)
      expect(invoices.count).toBe(2)
      const invoiceOf = (gstin: string) => invoices.tax_documents.find((d: Row) => d.buyer_gstin === gstin)
      const ia = invoiceOf(aGstin)
      const ib = invoiceOf(bGstin)
      expect(ia.supplier_gstin).toBe(OPERATOR_GSTIN)
      expect(ia.supply_type).toBe("b2b")
      expect(paise(ia.taxable_value)).toBe(paise(sa.commission_amount))
      expect([paise(ia.cgst), paise(ia.sgst), paise(ia.igst)]).toEqual([
        percentOf(paise(sa.commission_amount), parsePercent("9")),
        percentOf(paise(sa.commission_amount), parsePercent("9")),
        0n,
      ])
      expect(ia.place_of_supply).toBe("24")
      expect([paise(ib.cgst), paise(ib.sgst), paise(ib.igst)]).toEqual([0n, 0n, percentOf(paise(sb.commission_amount), parsePercent("18"))])
      expect(ib.place_of_supply).toBe("27")
      const { data: detail } = await api.get(`/admin/gst/invoices/${ib.id}`, demo.admin)
      expect(detail.tax_document.lines.map((l: Row) => l.hsn_code)).toEqual(["998599"])

      // Each settlement deducts exactly its invoice's GST, and names the invoice; its statement cites it.
      for (const [settlementId, invoice] of [[sa.id, ia], [sb.id, ib]] as [string, Row][]) {
        const { data } = await api.get(`/admin/settlements/${settlementId}`, demo.admin)
        const s = data.settlement
        expect(paise(s.gst_on_commission)).toBe(paise(invoice.cgst) + paise(invoice.sgst) + paise(invoice.igst))
        expect(paise(s.net_payable)).toBe(
          paise(s.gross_amount) - paise(s.returns_amount) - paise(s.commission_amount) - paise(s.gst_on_commission) - paise(s.tcs_amount) - paise(s.tds_amount)
        )
        expect(s.metadata.commission_invoice.number).toBe(invoice.number)
        const statementCsv = await api.get(`/admin/settlements/${settlementId}/statement?format=csv`, demo.admin)
        expect(statementCsv.data).toContain(`Commission invoice,${invoice.number} of ${invoice.issue_date}\n`)
      }

      // Closing July again changes nothing: same settlements, no new ledger rows, no new invoice.
      const { data: again } = await api.post(`/admin/settlements/close`, JULY_2024, demo.admin)
      expect(again.settlements.map((s: Row) => [s.id, s.created, s.net_payable]).sort()).toEqual(
        [
          [sa.id, false, (await api.get(`/admin/settlements/${sa.id}`, demo.admin)).data.settlement.net_payable],
          [sb.id, false, (await api.get(`/admin/settlements/${sb.id}`, demo.admin)).data.settlement.net_payable],
        ].sort()
      )
      expect((await api.get(`/admin/gst/ledger?entry_type=tcs&limit=100`, demo.admin)).data.count).toBe(rows.length)
      expect((await api.get(`/admin/gst/invoices?document_type=commission_invoice`, demo.admin)).data.count).toBe(2)
      const reported = await gstr8Of(api, demo.admin, "2024-07")
      expect(reported.data.gstr8.tcs).toEqual(statement.tcs)

      // A month whose settlements are not closed has no GSTR-8 yet; a malformed period is a 400.
      const open = await api.get(`/admin/gst/gstr8?period=2024-08`, demo.admin).catch(failure)
      expect(open.status).toBe(400)
      expect(open.data.message).toMatch(/GSTR-8 for 2024-08 .* is not ready: the period is not closed yet/)
      expect((await api.get(`/admin/gst/gstr8?period=2024-13`, demo.admin).catch(failure)).status).toBe(400)
      expect((await api.get(`/admin/gst/gstr8`, demo.admin).catch(failure)).status).toBe(400)
      expect((await api.get(`/admin/gst/gstr8?period=2999-01`, demo.admin).catch(failure)).status).toBe(400)
    })
  },
})
