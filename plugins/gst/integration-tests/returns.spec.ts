import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { GST_MODULE } from "../src/modules/gst"
import type GstModuleService from "../src/modules/gst/service"
import type { Gstr1Summary, Gstr3bResult } from "../src/modules/gst/returns/prepare"
import { BUYER_GJ, BUYER_MH, BUYER_SEZ, BUYER_UIN, parseExactJson, seedReturnFixtures, SUPPLIER_GSTIN } from "./returns-fixtures"

jest.setTimeout(60 * 1000)

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const parseExact = (text: string): Json => parseExactJson(text)
const n = (value: string) => `#${value}`

moduleIntegrationTestRunner<GstModuleService>({
  moduleName: GST_MODULE,
  resolve: path.join(__dirname, "../src/modules/gst"),
  // The schema the migrations build: GSTR-1's rollup tables are not models.
  pathToMigrations: path.join(__dirname, "../src/modules/gst/migrations"),
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await seedReturnFixtures(service as never)
    })

    describe("GSTR-1 for August 2024", () => {
      let result: Json
      let summary: Gstr1Summary

      beforeEach(async () => {
        const text = await service.prepareGstReturn({ return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-08" })
        result = parseExact(text)
        summary = JSON.parse(text).summary
      })

      it("names the GSTIN and the filing period as MMYYYY", () => {
        expect(result.return.gstin).toBe(SUPPLIER_GSTIN)
        expect(result.return.fp).toBe("082024")
      })

      it("reports B2B invoices per buyer GSTIN with their rate-wise items, SEZ without payment as SEWOP", () => {
        const b2b = result.return.b2b
        expect(b2b.map((c: Json) => c.ctin)).toEqual([BUYER_UIN, BUYER_GJ, BUYER_MH, BUYER_SEZ])
        const mh = b2b.find((c: Json) => c.ctin === BUYER_MH)
        expect(mh.inv).toEqual([
          {
            inum: "INV/1",
            idt: "02-08-2024",
            val: n("13900.00"),
            pos: "27",
            rchrg: "N",
            inv_typ: "R",
            itms: [
              { num: n("501"), itm_det: { txval: n("2000.00"), rt: n("5"), iamt: n("100.00"), camt: n("0.00"), samt: n("0.00"), csamt: n("0.00") } },
              { num: n("1801"), itm_det: { txval: n("10000.00"), rt: n("18"), iamt: n("1800.00"), camt: n("0.00"), samt: n("0.00"), csamt: n("0.00") } },
            ],
          },
        ])
        const gj = b2b.find((c: Json) => c.ctin === BUYER_GJ).inv[0]
        expect(gj.itms[0].itm_det).toMatchObject({ txval: n("5000.00"), camt: n("450.00"), samt: n("450.00"), iamt: n("0.00") })
        expect(b2b.find((c: Json) => c.ctin === BUYER_SEZ).inv[0].inv_typ).toBe("SEWOP")
      })

      it("puts the ₹1,77,000 inter-State B2C invoice in B2C Large (above ₹1,00,000 from 1 Aug 2024)", () => {
        expect(result.return.b2cl).toEqual([
          {
            pos: "29",
            inv: [
              {
                inum: "INV/3",
                idt: "05-08-2024",
                val: n("177000.00"),
                itms: [{ num: n("1801"), itm_det: { txval: n("150000.00"), rt: n("18"), iamt: n("27000.00"), csamt: n("0.00") } }],
              },
            ],
          },
        ])
      })

      it("aggregates B2C Others by place of supply and rate, net of credit notes, the under-threshold 'b2cl' included", () => {
        const rows = result.return.b2cs.map((r: Json) => [r.sply_ty, r.pos, r.rt, r.txval, r.iamt, r.camt, r.samt, r.typ])
        expect(rows).toEqual([
          ["INTRA", "24", n("5"), n("800.00"), n("0.00"), n("20.00"), n("20.00"), "OE"],
          ["INTRA", "24", n("18"), n("2000.00"), n("0.00"), n("180.00"), n("180.00"), "OE"],
          ["INTER", "27", n("5"), n("4000.00"), n("200.00"), n("0.00"), n("0.00"), "OE"],
          ["INTER", "27", n("18"), n("80000.00"), n("14400.00"), n("0.00"), n("0.00"), "OE"],
          // CN/5 adjusts July's INV/J1, which was B2C Others under July's ₹2,50,000 threshold.
          ["INTER", "29", n("18"), n("-10000.00"), n("-1800.00"), n("0.00"), n("0.00"), "OE"],
        ])
      })

      it("reports exports by payment of IGST with shipping bill details", () => {
        expect(result.return.exp).toEqual([
          {
            exp_typ: "WOPAY",
            inv: [{ inum: "INV/8", idt: "10-08-2024", val: n("30000.00"), itms: [{ txval: n("30000.00"), rt: n("18"), iamt: n("0.00"), csamt: n("0.00") }] }],
          },
          {
            exp_typ: "WPAY",
            inv: [
              {
                inum: "INV/7",
                idt: "09-08-2024",
                val: n("59000.00"),
                sbpcode: "INMUN1",
                sbnum: "1234567",
                sbdt: "10-08-2024",
                itms: [{ txval: n("50000.00"), rt: n("18"), iamt: n("9000.00"), csamt: n("0.00") }],
              },
            ],
          },
        ])
      })

      it("reports credit notes to registered buyers in CDNR and those against B2CL and exports in CDNUR", () => {
        expect(result.return.cdnr).toEqual([
          {
            ctin: BUYER_MH,
            nt: [
              {
                ntty: "C",
                nt_num: "CN/1",
                nt_dt: "20-08-2024",
                val: n("1180.00"),
                pos: "27",
                rchrg: "N",
                inv_typ: "R",
                itms: [{ num: n("1801"), itm_det: { txval: n("1000.00"), rt: n("18"), iamt: n("180.00"), camt: n("0.00"), samt: n("0.00"), csamt: n("0.00") } }],
              },
            ],
          },
        ])
        expect(result.return.cdnur).toEqual([
          {
            typ: "B2CL",
            ntty: "C",
            nt_num: "CN/2",
            nt_dt: "21-08-2024",
            val: n("11800.00"),
            pos: "29",
            itms: [{ num: n("1801"), itm_det: { txval: n("10000.00"), rt: n("18"), iamt: n("1800.00"), csamt: n("0.00") } }],
          },
          {
            typ: "EXPWP",
            ntty: "C",
            nt_num: "CN/4",
            nt_dt: "23-08-2024",
            val: n("5900.00"),
            itms: [{ num: n("1801"), itm_det: { txval: n("5000.00"), rt: n("18"), iamt: n("900.00"), csamt: n("0.00") } }],
          },
        ])
      })

      it("summarises HSN net of credit notes in one list before the May 2025 split", () => {
        const rows = result.return.hsn.data.map((h: Json) => [h.hsn_sc, h.uqc, h.rt, h.qty, h.txval, h.iamt, h.camt, h.samt])
        expect(Object.keys(result.return.hsn)).toEqual(["data"])
        expect(rows).toEqual([
          ["2106", "NOS", n("5"), n("2.000"), n("4800.00"), n("200.00"), n("20.00"), n("20.00")],
          ["4901", "NOS", n("5"), n("2.000"), n("2000.00"), n("100.00"), n("0.00"), n("0.00")],
          ["8471", "NOS", n("18"), n("10.000"), n("322000.00"), n("47700.00"), n("630.00"), n("630.00")],
        ])
      })

      it("lists the document series in Table 13, cancelled invoices counted", () => {
        expect(result.return.doc_issue.doc_det).toEqual([
          { doc_num: n("1"), doc_typ: "Invoices for outward supply", docs: [{ num: n("1"), from: "INV/1", to: "INV/11", totnum: n("11"), cancel: n("1"), net_issue: n("10") }] },
          { doc_num: n("5"), doc_typ: "Credit Note", docs: [{ num: n("1"), from: "CN/1", to: "CN/5", totnum: n("5"), cancel: n("0"), net_issue: n("5") }] },
        ])
      })

      it("flags the document stored as B2C Large below the threshold instead of misfiling it", () => {
        expect(summary.inconsistencies.count).toBe(1)
        expect(summary.inconsistencies.documents[0]).toMatchObject({ number: "INV/4", stored_as: "b2cl", reported_as: "b2cs" })
        expect(summary.inconsistencies.documents[0].reason).toMatch(/₹94400.00 .* not above ₹1,00,000/)
      })

      it("has tax per head across sections equal to the period's output tax in the ledger", async () => {
        const sign = (section: string) => (section === "cdnr" || section === "cdnur" ? -1n : 1n)
        const total = (head: "iamt" | "camt" | "samt") =>
          summary.sections.reduce((s, row) => s + sign(row.section) * BigInt(row[head].replace(".", "")), 0n)
        const ledger = await service.listGstLedgerEntries({ gstin: SUPPLIER_GSTIN, period: "2024-08", entry_type: ["output_tax", "credit_note"] })
        const ledgerTotal = (head: string) =>
          ledger.filter((e) => e.tax_head === head).reduce((s, e) => s + BigInt(Math.round(Number(e.amount) * 100)), 0n)
        expect(total("iamt")).toBe(ledgerTotal("IGST"))
        expect(total("camt")).toBe(ledgerTotal("CGST"))
        expect(total("samt")).toBe(ledgerTotal("SGST"))
        expect(total("iamt")).toBe(4800000n)
      })

      it("writes one CSV per section with the offline tool's headings", () => {
        const csv = result.csv as Record<string, string>
        expect(csv.b2b.split("\n")[0]).toBe(
          "GSTIN/UIN of Recipient,Receiver Name,Invoice Number,Invoice date,Invoice Value,Place Of Supply,Reverse Charge,Applicable % of Tax Rate,Invoice Type,E-Commerce GSTIN,Rate,Taxable Value,Cess Amount"
        )
        expect(csv.b2b).toContain(`${BUYER_MH},Buyer ${BUYER_MH},INV/1,02-Aug-24,13900.00,27-Maharashtra,N,,Regular B2B,,18,10000.00,0.00`)
        expect(csv.b2cs).toContain("OE,29-Karnataka,,18,-10000.00,0.00,")
        expect(csv.cdnur).toContain("EXPWP,CN/4,23-Aug-24,C,,5900.00,,18,5000.00,0.00")
        expect(csv.hsn.split("\n")[1]).toBe("2106,,NOS-NUMBERS,2.000,5040.00,5,4800.00,200.00,20.00,20.00,0.00")
        expect(csv.docs).toContain("Invoices for outward supply,INV/1,INV/11,11,1")
      })
    })

    it("puts July's ₹2,95,000 inter-State invoice in B2C Large and the ₹1,77,000 one in B2C Others (₹2,50,000 threshold)", async () => {
      const result = parseExact(await service.prepareGstReturn({ return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-07" }))
      expect(result.return.b2cl[0].inv.map((i: Json) => i.inum)).toEqual(["INV/J2"])
      expect(result.return.b2cs).toEqual([
        { sply_ty: "INTER", pos: "29", typ: "OE", rt: n("18"), txval: n("150000.00"), iamt: n("27000.00"), camt: n("0.00"), samt: n("0.00"), csamt: n("0.00") },
      ])
      expect(result.summary.inconsistencies.count).toBe("#0")
    })

    it("splits the HSN summary into B2B and B2C from the May 2025 period; services carry UQC NA and no quantity", async () => {
      const result = parseExact(await service.prepareGstReturn({ return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2025-06" }))
      const hsn = result.return.hsn
      expect(Object.keys(hsn).sort()).toEqual(["hsn_b2b", "hsn_b2c"])
      expect(hsn.hsn_b2b.map((h: Json) => [h.hsn_sc, h.txval])).toEqual([["8471", n("1000.00")]])
      // Almonds (HSN UQC KGS): 2 × 500 g sold less 1 × 500 g returned, in kilograms; the packs of unknown weight
      // as packs; computers (NOS) by count; the service with no quantity.
      const almondsKg = (2n * 500n - 1n * 500n) // grams
      const kgs = `${almondsKg / 1000n}.${String(almondsKg % 1000n).padStart(3, "0")}`
      expect(hsn.hsn_b2c.map((h: Json) => [h.num, h.hsn_sc, h.uqc, h.qty, h.txval])).toEqual([
        [n("1"), "0802", "KGS", n(kgs), n("500.00")],
        [n("2"), "0802", "PAC", n("3.000"), n("300.00")],
        [n("3"), "8471", "NOS", n("2.000"), n("3000.00")],
        [n("4"), "998314", "NA", n("0.000"), n("500.00")],
      ])
      expect(kgs).toBe("0.500")
      expect(result.csv.hsn_b2c.split("\n").slice(1, 3)).toEqual([
        "0802,,KGS-KILOGRAMS,0.500,525.00,5,500.00,0.00,12.50,12.50,0.00",
        "0802,,PAC-PACKS,3.000,315.00,5,300.00,0.00,7.50,7.50,0.00",
      ])
      expect(Object.keys(result.csv)).toEqual(expect.arrayContaining(["hsn_b2b", "hsn_b2c"]))
    })

    it("previews the same section totals without preparing the return", async () => {
      const preview = (await service.previewGstReturn({ return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-08" })) as Gstr1Summary
      const prepared = JSON.parse(await service.prepareGstReturn({ return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-08" }))
      expect(preview.sections).toEqual(prepared.summary.sections)
      expect(preview.sections.map((s) => [s.section, s.documents, s.txval])).toEqual([
        ["b2b", 4, "38000.00"],
        ["b2cl", 1, "150000.00"],
        ["b2cs", 5, "76800.00"],
        ["exp", 2, "80000.00"],
        ["cdnr", 1, "1000.00"],
        ["cdnur", 2, "15000.00"],
      ])
    })

    describe("GSTR-3B for August 2024", () => {
      let result: Gstr3bResult

      beforeEach(async () => {
        result = (await service.previewGstReturn({ return_type: "GSTR3B", gstin: SUPPLIER_GSTIN, period: "2024-08" })) as Gstr3bResult
      })

      it("fills 3.1 net of credit notes: taxable, zero-rated (exports and SEZ), nil", () => {
        expect(result.gstr3b.ret_period).toBe("082024")
        expect(result.gstr3b.sup_details.osup_det).toEqual({
          txval: "233800.00",
          iamt: "39900.00",
          camt: "650.00",
          samt: "650.00",
          csamt: "0.00",
        })
        expect(result.gstr3b.sup_details.osup_zero).toEqual({ txval: "95000.00", iamt: "8100.00", csamt: "0.00" })
        expect(result.gstr3b.sup_details.osup_nil_exmp).toEqual({ txval: "0.00" })
      })

      it("fills 3.2 with inter-State supplies to unregistered persons and UIN holders by place of supply", () => {
        expect(result.gstr3b.inter_sup.unreg_details).toEqual([
          { pos: "27", txval: "84000.00", iamt: "14600.00" },
          { pos: "29", txval: "130000.00", iamt: "23400.00" },
        ])
        expect(result.gstr3b.inter_sup.uin_details).toEqual([{ pos: "07", txval: "1000.00", iamt: "180.00" }])
      })

      it("matches the ledger per head, TCS left out", () => {
        expect(result.ledger).toEqual({
          ledger: { IGST: "48000.00", CGST: "650.00", SGST_UTGST: "650.00", CESS: "0.00" },
          returns: { IGST: "48000.00", CGST: "650.00", SGST_UTGST: "650.00", CESS: "0.00" },
          matches: true,
        })
      })
    })
  },
})
