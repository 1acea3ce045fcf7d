import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GST_MODULE, GstModuleService } from "../src/modules/gst"
import type { IssueDocumentInput, IssueDocumentLineInput } from "../src/modules/gst/service"

jest.setTimeout(60 * 1000)

const moduleDir = path.join(__dirname, "..", "src", "modules", "gst")
const SUPPLIER = "24AAACH1234F1Z9"
const BUYER = "27AAACB1234C1Z5"

/** An inter-State line: IGST written out as the rate gives it. */
const line = (over: Partial<IssueDocumentLineInput> & Pick<IssueDocumentLineInput, "hsn_code" | "taxable_value" | "igst" | "total">): IssueDocumentLineInput => ({
  description: `Item ${over.hsn_code}`,
  quantity: 1,
  unit_price: over.taxable_value,
  rate: "18",
  cgst: "0",
  sgst: "0",
  utgst: "0",
  cess: "0",
  ...over,
})

const LINES = [
  line({ line_item_id: "li_1", hsn_code: "8471", quantity: 2, taxable_value: "1000.00", igst: "180.00", total: "1180.00" }),
  line({ line_item_id: "li_2", hsn_code: "8471", taxable_value: "500.50", igst: "90.09", total: "590.59" }),
  line({ line_item_id: "li_3", hsn_code: "998314", taxable_value: "300.00", igst: "54.00", total: "354.00" }),
  line({ line_item_id: "li_4", hsn_code: "22021010", rate: "28", cess_rate: "12", taxable_value: "100.00", igst: "28.00", cess: "12.00", total: "140.00" }),
]

const invoice = (over: Partial<IssueDocumentInput> = {}): IssueDocumentInput => ({
  document_type: "invoice",
  prefix: "INV",
  issued_at: "2024-08-10",
  supplier_gstin: SUPPLIER,
  supplier_legal_name: "Rollup Traders",
  supplier_state_code: "24",
  supplier_address: {},
  buyer_gstin: BUYER,
  buyer_name: "Buyer",
  place_of_supply: "27",
  supply_type: "b2b",
  taxable_value: "1900.50",
  igst: "352.09",
  cgst: "0",
  sgst: "0",
  utgst: "0",
  cess: "12.00",
  total: "2264.59",
  lines: LINES,
  ...over,
})

moduleIntegrationTestRunner<GstModuleService>({
  moduleName: GST_MODULE,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const rows = (sql: string, params: unknown[] = []) => MikroOrmWrapper.forkManager().execute(sql, params) as Promise<Record<string, unknown>[]>
    const gstr1 = async () => JSON.parse(await service.prepareGstReturn({ return_type: "GSTR1", gstin: SUPPLIER, period: "2024-08" }))

    describe("GSTR-1 rollup written when a document is issued", () => {
      it("sums an invoice's lines per HSN, UQC and rate in paise, and per rate for its items", async () => {
        const issued = await service.issueDocument(invoice())

        expect(
          await rows(
            `SELECT hsn_code, uqc, trim_scale(rate)::text AS rate, qty::text, total::text, txval::text, iamt::text, camt::text, samt::text, csamt::text,
               is_note, section_key, intra, large, period
             FROM gst_tax_document_rollup WHERE document_id = ? ORDER BY hsn_code`,
            [issued.id]
          )
        ).toEqual([
          { hsn_code: "22021010", uqc: "NOS", rate: "28", qty: "1000", total: "14000", txval: "10000", iamt: "2800", camt: "0", samt: "0", csamt: "1200", is_note: false, section_key: "b2b", intra: false, large: false, period: "2024-08" },
          // Two lines of one HSN and rate are one row: 3 units, ₹1,500.50 taxable.
          { hsn_code: "8471", uqc: "NOS", rate: "18", qty: "3000", total: "177059", txval: "150050", iamt: "27009", camt: "0", samt: "0", csamt: "0", is_note: false, section_key: "b2b", intra: false, large: false, period: "2024-08" },
          // A service (SAC 99) is reported under NA, with no quantity.
          { hsn_code: "998314", uqc: "NA", rate: "18", qty: "0", total: "35400", txval: "30000", iamt: "5400", camt: "0", samt: "0", csamt: "0", is_note: false, section_key: "b2b", intra: false, large: false, period: "2024-08" },
        ])
        expect(
          await rows(`SELECT trim_scale(rate)::text AS rate, txval::text, iamt::text, csamt::text FROM gst_tax_document_rate_rollup WHERE document_id = ? ORDER BY rate`, [issued.id])
        ).toEqual([
          { rate: "18", txval: "180050", iamt: "32409", csamt: "0" },
          { rate: "28", txval: "10000", iamt: "2800", csamt: "1200" },
        ])

        const { b2b, hsn } = (await gstr1()).return
        expect(b2b[0].inv[0].itms).toEqual([
          { num: 1801, itm_det: { txval: 1800.5, rt: 18, iamt: 324.09, camt: 0, samt: 0, csamt: 0 } },
          { num: 2801, itm_det: { txval: 100, rt: 28, iamt: 28, camt: 0, samt: 0, csamt: 12 } },
        ])
        expect(hsn.data.map((row: { hsn_sc: string; uqc: string; qty: number; txval: number }) => [row.hsn_sc, row.uqc, row.qty, row.txval])).toEqual([
          ["22021010", "NOS", 1, 100],
          ["8471", "NOS", 3, 1500.5],
          ["998314", "NA", 0, 300],
        ])
      })

      it("writes a credit note's rows with the note, and none for a note that is refused", async () => {
        const original = await service.issueDocument(invoice())
        const note = (lines: IssueDocumentLineInput[]) =>
          invoice({ document_type: "credit_note", prefix: "CN", original_document_id: original.id, taxable_value: "500.50", igst: "90.09", cess: "0", total: "590.59", lines })

        const credited = await service.issueDocument(note([LINES[1]]))
        await expect(service.issueDocument(note([{ ...LINES[0], taxable_value: "2000.00", igst: "360.00", total: "2360.00" }]))).rejects.toThrow(/more than the 1180(\.00)? invoiced/)

        expect(await rows(`SELECT document_id, hsn_code, txval::text, is_note FROM gst_tax_document_rollup WHERE is_note`)).toEqual([
          { document_id: credited.id, hsn_code: "8471", txval: "50050", is_note: true },
        ])
        const { cdnr, hsn } = (await gstr1()).return
        expect(cdnr[0].nt[0].itms).toEqual([{ num: 1801, itm_det: { txval: 500.5, rt: 18, iamt: 90.09, camt: 0, samt: 0, csamt: 0 } }])
        // Table 12 is net of the note.
        expect(hsn.data.find((row: { hsn_sc: string }) => row.hsn_sc === "8471").txval).toBe(1000)
      })

      it("keeps a cancelled invoice's rows (never updated) and leaves the invoice out of GSTR-1", async () => {
        const kept = await service.issueDocument(invoice())
        const cancelled = await service.issueDocument(invoice({ buyer_gstin: "29AAACB1234C1Z1", place_of_supply: "29" }))
        await service.cancelDocument({ id: cancelled.id, reason: "Order cancelled" })

        expect(await rows(`SELECT count(*)::int AS n FROM gst_tax_document_rollup WHERE document_id = ?`, [cancelled.id])).toEqual([{ n: 3 }])
        const { b2b, doc_issue } = (await gstr1()).return
        expect(b2b.map((buyer: { inv: { inum: string }[] }) => buyer.inv.map((inv) => inv.inum)).flat()).toEqual([kept.number])
        expect(doc_issue.doc_det[0].docs[0]).toMatchObject({ totnum: 2, cancel: 1, net_issue: 1 })
      })
    })
  },
})
