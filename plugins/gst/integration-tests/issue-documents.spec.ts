import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { computeGstinCheckChar } from "@haat/india"
import { GST_MODULE } from "../src/modules/gst"
import type GstModuleService from "../src/modules/gst/service"
import type { IssueDocumentInput } from "../src/modules/gst/service"

jest.setTimeout(120 * 1000)

const STORE = `24AAHCH4821K1Z${computeGstinCheckChar("24AAHCH4821K1Z")}`
/** A marketplace seller: a GSTIN that is none of the store's registrations. */
const SELLER = `27AAFFM5678B1Z${computeGstinCheckChar("27AAFFM5678B1Z")}`

function invoice(supplier_gstin: string, overrides: Partial<IssueDocumentInput> = {}): IssueDocumentInput {
  const inter = supplier_gstin.slice(0, 2) !== "24"
  return {
    document_type: "invoice",
    prefix: "INV",
    issued_at: "2026-11-22",
    idempotency_key: `invoice:order_1:${supplier_gstin}`,
    order_id: "order_1",
    supplier_gstin,
    supplier_legal_name: inter ? "Mumbai Namkeen LLP" : "Haat Foods Private Limited",
    supplier_state_code: supplier_gstin.slice(0, 2),
    supplier_address: { address_line_1: "Unit 12", city: inter ? "Mumbai" : "Ahmedabad", postal_code: inter ? "400053" : "382330" },
    buyer_name: "Priya Shah",
    place_of_supply: "24",
    supply_type: "b2cs",
    taxable_value: "304.76",
    igst: inter ? "15.24" : "0",
    cgst: inter ? "0" : "7.62",
    sgst: inter ? "0" : "7.62",
    utgst: "0",
    cess: "0",
    total: "320.00",
    lines: [
      {
        description: "Bikaneri Bhujia 250 g",
        hsn_code: "21069099",
        uqc: "KGS",
        quantity: 4,
        unit_price: "80.00",
        taxable_value: "304.76",
        rate: "5",
        igst: inter ? "15.24" : "0",
        cgst: inter ? "0" : "7.62",
        sgst: inter ? "0" : "7.62",
        utgst: "0",
        cess: "0",
        total: "320.00",
      },
    ],
    ...overrides,
  }
}

moduleIntegrationTestRunner<GstModuleService>({
  moduleName: GST_MODULE,
  resolve: path.join(__dirname, "../src/modules/gst"),
  pathToMigrations: path.join(__dirname, "../src/modules/gst/migrations"),
  testSuite: ({ service }) => {
    describe("issuing an order's invoices, one per supplier", () => {
      it("numbers each supplier GSTIN in its own series, the seller's too, and a replay issues nothing new", async () => {
        const issued = await service.issueDocuments([invoice(STORE), invoice(SELLER)])
        expect(issued.map((d) => [d.number, d.created])).toEqual([
          ["INV/2627/000001", true],
          ["INV/2627/000001", true],
        ])
        const series = await service.listGstDocumentSeries({ financial_year: "2026-27", document_type: "invoice" })
        expect(series.map((s) => [s.gstin, s.next_number]).sort()).toEqual([
          [SELLER, 2],
          [STORE, 2],
        ].sort())
        const ledger = await service.listGstLedgerEntries({ gstin: SELLER })
        expect(ledger.map((e) => [e.tax_head, Number(e.amount)])).toEqual([["IGST", 15.24]])

        const again = await service.issueDocuments([invoice(STORE), invoice(SELLER)])
        expect(again.map((d) => [d.id, d.created])).toEqual(issued.map((d) => [d.id, false]))
      })

      it("issues none and uses no number when one of them is refused", async () => {
        await expect(service.issueDocuments([invoice(STORE), invoice(SELLER, { lines: [] })])).rejects.toThrow(
          "A tax document needs at least one line"
        )
        expect(await service.listGstTaxDocuments({})).toHaveLength(0)
        const issued = await service.issueDocuments([invoice(STORE)])
        expect(issued[0].number).toBe("INV/2627/000001")
      })
    })

    describe("credit notes against an invoice (CGST Act s.34)", () => {
      /** A credit note taking back `total` (tax inclusive, 5% CGST + SGST) of the invoice's one line. */
      const creditNote = (originalId: string, key: string, total: string, taxable: string, half: string): IssueDocumentInput =>
        invoice(STORE, {
          document_type: "credit_note",
          prefix: "CN",
          idempotency_key: key,
          original_document_id: originalId,
          taxable_value: taxable,
          cgst: half,
          sgst: half,
          total,
          lines: [{ ...invoice(STORE).lines[0], line_item_id: "item_1", quantity: 1, taxable_value: taxable, cgst: half, sgst: half, total }],
        })

      it("refuses a note that would take back more than the line invoiced, counting the notes before it, and writes nothing", async () => {
        const [original] = await service.issueDocuments([
          invoice(STORE, { lines: [{ ...invoice(STORE).lines[0], line_item_id: "item_1" }] }),
        ])
        const [first] = await service.issueDocuments([creditNote(original.id, "return:1", "160.00", "152.38", "3.81")])
        expect(first.number).toBe("CN/2627/000001")

        await expect(service.issueDocuments([creditNote(original.id, "return:2", "200.00", "190.48", "4.76")])).rejects.toThrow(
          /Credit notes on "Bikaneri Bhujia 250 g" would total 360(\.00)?, more than the 320(\.00)? invoiced/
        )
        expect(await service.listGstTaxDocuments({ document_type: "credit_note" })).toHaveLength(1)
        expect(await service.listGstLedgerEntries({ entry_type: "credit_note" })).toHaveLength(2)

        // What is left on the line can still be credited, under the next number.
        const [second] = await service.issueDocuments([creditNote(original.id, "return:2", "160.00", "152.38", "3.81")])
        expect(second.number).toBe("CN/2627/000002")
      })
    })
  },
})
