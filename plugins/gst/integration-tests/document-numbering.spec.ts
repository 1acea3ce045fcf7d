import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GST_MODULE } from "../src/modules/gst"
import type GstModuleService from "../src/modules/gst/service"
import type { IssueDocumentInput } from "../src/modules/gst/service"

jest.setTimeout(120 * 1000)

const GSTIN = "24AAACH1234F1Z5"

function invoice(overrides: Partial<IssueDocumentInput> = {}): IssueDocumentInput {
  return {
    document_type: "invoice",
    prefix: "INV",
    issued_at: "2025-06-15",
    supplier_gstin: GSTIN,
    supplier_legal_name: "Haat Foods Private Limited",
    supplier_state_code: "24",
    supplier_address: { address_line_1: "Plot 14, GIDC Estate, Naroda", city: "Ahmedabad", postal_code: "382330" },
    buyer_name: "Priya Shah",
    place_of_supply: "24",
    supply_type: "b2cs",
    taxable_value: "1219.04",
    igst: "0",
    cgst: "30.48",
    sgst: "30.48",
    utgst: "0",
    cess: "0",
    total: "1280.00",
    lines: [
      {
        description: "Kaju Katli 500 g",
        hsn_code: "21069099",
        uqc: "KGS",
        quantity: 2,
        unit_price: "640.00",
        taxable_value: "1219.04",
        rate: "5",
        igst: "0",
        cgst: "30.48",
        sgst: "30.48",
        utgst: "0",
        cess: "0",
        total: "1280.00",
      },
    ],
    ...overrides,
  }
}

function sequence(numbers: string[]): number[] {
  return numbers.map((n) => Number(n.split("/")[2])).sort((a, b) => a - b)
}

moduleIntegrationTestRunner<GstModuleService>({
  moduleName: GST_MODULE,
  resolve: path.join(__dirname, "../src/modules/gst"),
  pathToMigrations: path.join(__dirname, "../src/modules/gst/migrations"),
  testSuite: ({ service }) => {
    describe("GST document numbering", () => {
      it("gives 50 concurrent invoices of one GSTIN the numbers 1 to 50, each once, with their ledger rows", async () => {
        const issued = await Promise.all(Array.from({ length: 50 }, () => service.issueDocument(invoice())))

        const numbers = issued.map((d) => d.number)
        expect(new Set(numbers).size).toBe(50)
        expect(sequence(numbers)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
        expect(numbers.every((n) => /^INV\/2526\/\d{6}$/.test(n) && n.length <= 16)).toBe(true)

        const documents = await service.listGstTaxDocuments({ supplier_gstin: GSTIN }, { take: 100 })
        expect(documents).toHaveLength(50)
        const ledger = await service.listGstLedgerEntries({ gstin: GSTIN }, { take: 200 })
        // CGST and SGST for each invoice, none for the zero IGST.
        expect(ledger).toHaveLength(100)
        expect(ledger.every((e) => e.entry_type === "output_tax" && Number(e.amount) === 30.48)).toBe(true)

        const [series] = await service.listGstDocumentSeries({ gstin: GSTIN, financial_year: "2025-26", document_type: "invoice" })
        expect(series.next_number).toBe(51)
      })

      it("leaves no gap when an issue fails after its number was taken", async () => {
        const first = await service.issueDocument(invoice())
        // A line the database refuses (line_type outside its check constraint) fails after allocation.
        const broken = invoice()
        broken.lines = [{ ...broken.lines[0], line_type: "gift" as "item" }]
        await expect(service.issueDocument(broken)).rejects.toThrow()
        const second = await service.issueDocument(invoice())

        expect([first.number, second.number]).toEqual(["INV/2526/000001", "INV/2526/000002"])
        expect(await service.listGstTaxDocuments({ supplier_gstin: GSTIN })).toHaveLength(2)
        expect(await service.listGstLedgerEntries({ gstin: GSTIN })).toHaveLength(4)
      })

      it("starts a new series on 1 April IST and keeps 31 March in the old year", async () => {
        // 31 Mar 2026 23:59 IST is 18:29 UTC; 1 Apr 2026 00:00 IST is 31 Mar 18:30 UTC.
        const march = await service.issueDocument(invoice({ issued_at: new Date("2026-03-31T18:29:00Z") }))
        const april = await service.issueDocument(invoice({ issued_at: new Date("2026-03-31T18:30:00Z") }))
        const marchAgain = await service.issueDocument(invoice({ issued_at: "2026-03-31" }))

        expect(march.number).toBe("INV/2526/000001")
        expect(april.number).toBe("INV/2627/000001")
        expect(marchAgain.number).toBe("INV/2526/000002")
        const [aprilDocument] = await service.listGstTaxDocuments({ id: april.id })
        expect(aprilDocument).toMatchObject({ financial_year: "2026-27", issue_date: "2026-04-01", period: "2026-04" })
      })

      it("keeps separate series per GSTIN and per document type", async () => {
        const other = "27AAACH1234F1Z1"
        const a = await service.issueDocument(invoice())
        const b = await service.issueDocument(invoice({ supplier_gstin: other, supplier_state_code: "27" }))
        const cn = await service.issueDocument(invoice({ document_type: "credit_note", prefix: "CN" }))

        expect([a.number, b.number, cn.number]).toEqual(["INV/2526/000001", "INV/2526/000001", "CN/2526/000001"])
        const cnLedger = await service.listGstLedgerEntries({ source_id: cn.id })
        expect(cnLedger.map((e) => Number(e.amount))).toEqual([-30.48, -30.48])
        expect(cnLedger.every((e) => e.entry_type === "credit_note")).toBe(true)
      })

      it("refuses a prefix that would push the number past 16 characters", async () => {
        await expect(service.issueDocument(invoice({ prefix: "INVOICE" }))).rejects.toThrow(/1-4 letters/)
        expect(await service.listGstDocumentSeries({})).toHaveLength(0)
      })

      it("issues a document with an idempotency key once, however often it is asked", async () => {
        const key = "invoice:order_1:" + GSTIN
        const results = await Promise.all(
          Array.from({ length: 5 }, () => service.issueDocument(invoice({ idempotency_key: key, order_id: "order_1" })))
        )
        expect(new Set(results.map((r) => r.id)).size).toBe(1)
        expect(results.filter((r) => r.created)).toHaveLength(1)
        expect(await service.listGstTaxDocuments({ order_id: "order_1" })).toHaveLength(1)
        const next = await service.issueDocument(invoice())
        expect(next.number).toBe("INV/2526/000002")
      })

      it("refuses to update or delete a ledger row and corrects it with one reversal", async () => {
        const doc = await service.issueDocument(invoice())
        const [entry] = await service.listGstLedgerEntries({ source_id: doc.id, tax_head: "CGST" })
        await expect(service.updateGstLedgerEntries({ id: entry.id, note: "edited" })).rejects.toThrow(/append-only/)

        const reversal = await service.reverseLedgerEntry({ id: entry.id, reason: "wrong rate" })
        const again = await service.reverseLedgerEntry({ id: entry.id, reason: "wrong rate" })
        expect(again).toEqual({ id: reversal.id, created: false })
        const [row] = await service.listGstLedgerEntries({ id: reversal.id })
        expect(row).toMatchObject({ entry_type: "reversal", reverses_entry_id: entry.id, tax_head: "CGST" })
        expect(Number(row.amount)).toBe(-30.48)

        const balances = await service.ledgerBalances({ gstin: GSTIN })
        const cgst = balances.filter((b) => b.tax_head === "CGST").reduce((sum, b) => sum + Number(b.amount), 0)
        expect(cgst).toBe(0)
        expect(balances.find((b) => b.tax_head === "SGST" && b.period === "2025-06")?.amount).toBe("30.48")
      })
    })
  },
})
