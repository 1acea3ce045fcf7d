import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DemoStore, setUpDemoStore } from "../helpers/demo-store"
import {
  BUYER_MH,
  parseExactJson,
  seedReturnFixtures,
  SUPPLIER_GSTIN,
} from "../../plugins/gst/integration-tests/returns-fixtures"

jest.setTimeout(180 * 1000)

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type HttpError = { response: { status: number; data: { message: string } } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      await api.post(
        "/admin/gst/registrations",
        {
          gstin: SUPPLIER_GSTIN,
          legal_name: "Haat Sweets Pvt Ltd",
          address_line_1: "1 CG Road",
          city: "Ahmedabad",
          postal_code: "380009",
          is_default: true,
        },
        demo.admin
      )
      await seedReturnFixtures(getContainer().resolve("gst"))
    })

    const db = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

    async function exportRows() {
      const [{ count }] = await db()("gst_return_export").count({ count: "*" })
      return Number(count)
    }

    /** Polls the export as the admin page does, recording every progress value it sees. */
    async function waitUntilDone(id: string) {
      const seen: number[] = []
      for (let attempt = 0; attempt < 200; attempt++) {
        const { data } = await api.get(`/admin/gst/returns/${id}`, demo.admin)
        seen.push(data.gst_return_export.progress)
        if (["done", "failed"].includes(data.gst_return_export.status)) {
          return { exported: data.gst_return_export as Json, seen }
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`export ${id} did not finish`)
    }

    /** Output tax per head in the ledger for the period, straight from the table (TCS is not output tax). */
    async function ledgerPaise(period: string) {
      const rows: Array<{ tax_head: string; paise: string }> = await db()("gst_ledger_entry")
        .select("tax_head")
        .select(db().raw("(SUM(amount) * 100)::bigint::text AS paise"))
        .where({ gstin: SUPPLIER_GSTIN, period })
        .whereIn("entry_type", ["output_tax", "credit_note"])
        .groupBy("tax_head")
      return Object.fromEntries(rows.map((r) => [r.tax_head, BigInt(r.paise)]))
    }

    const paise = (literal: string) => BigInt(literal.slice(1).replace("-", "").replace(".", "")) * (literal.includes("-") ? -1n : 1n)

    describe("GSTR-1 export", () => {
      it("prepares in the background with progress, then downloads the portal JSON whose tax equals the ledger", async () => {
        const { data, status } = await api.post(
          "/admin/gst/returns",
          { return_type: "GSTR1", gstin: SUPPLIER_GSTIN.toLowerCase(), period: "2024-08" },
          demo.admin
        )
        expect(status).toBe(202)
        expect(data.gst_return_export).toMatchObject({ return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-08" })

        const { exported, seen } = await waitUntilDone(data.gst_return_export.id)
        expect(exported.status).toBe("done")
        expect(exported.progress).toBe(100)
        expect([...seen].sort((a, b) => a - b)).toEqual(seen)
        expect(exported.summary.inconsistencies.documents.map((d: Json) => d.number)).toEqual(["INV/4"])

        const file = await api.get(`/admin/gst/returns/${exported.id}/download?format=json`, {
          ...demo.admin,
          transformResponse: (body: string) => body,
        })
        expect(file.headers["content-disposition"]).toContain(`GSTR1_${SUPPLIER_GSTIN}_082024.json`)
        const gstr1 = parseExactJson(file.data)
        expect(gstr1.fp).toBe("082024")

        // Section by section: records, taxable value and tax heads.
        expect(gstr1.b2b.length).toBe(4)
        expect(gstr1.b2b.flatMap((c: Json) => c.inv).length).toBe(4)
        expect(gstr1.b2cl[0].inv.map((i: Json) => [i.inum, i.val])).toEqual([["INV/3", "#177000.00"]])
        expect(gstr1.b2cs.length).toBe(5)
        expect(gstr1.exp.map((e: Json) => e.exp_typ)).toEqual(["WOPAY", "WPAY"])
        expect(gstr1.cdnr[0].ctin).toBe(BUYER_MH)
        expect(gstr1.cdnur.map((n: Json) => n.typ)).toEqual(["B2CL", "EXPWP"])
        expect(gstr1.doc_issue.doc_det[0].docs[0]).toMatchObject({ totnum: "#11", cancel: "#1", net_issue: "#10" })

        const items = (rows: Json[]) => rows.map((i: Json) => i.itm_det ?? i)
        const heads = {
          b2b: items(gstr1.b2b.flatMap((c: Json) => c.inv.flatMap((i: Json) => i.itms))),
          b2cl: items(gstr1.b2cl.flatMap((p: Json) => p.inv.flatMap((i: Json) => i.itms))),
          b2cs: gstr1.b2cs,
          exp: items(gstr1.exp.flatMap((e: Json) => e.inv.flatMap((i: Json) => i.itms))),
          cdnr: items(gstr1.cdnr.flatMap((c: Json) => c.nt.flatMap((n: Json) => n.itms))),
          cdnur: items(gstr1.cdnur.flatMap((n: Json) => n.itms)),
        }
        const sum = (rows: Json[], head: string) => rows.reduce((s, r) => s + (r[head] ? paise(r[head]) : 0n), 0n)
        expect(sum(heads.b2b, "txval")).toBe(3800000n)
        expect(sum(heads.b2cs, "txval")).toBe(7680000n)
        expect(sum(heads.b2cs, "camt")).toBe(20000n)
        expect(sum(heads.exp, "iamt")).toBe(900000n)

        const net = (head: string) =>
          sum(heads.b2b, head) + sum(heads.b2cl, head) + sum(heads.b2cs, head) + sum(heads.exp, head) - sum(heads.cdnr, head) - sum(heads.cdnur, head)
        const ledger = await ledgerPaise("2024-08")
        expect(net("iamt")).toBe(ledger.IGST)
        expect(net("camt")).toBe(ledger.CGST)
        expect(net("samt")).toBe(ledger.SGST)
        expect(ledger.IGST).toBe(4800000n)
      })

      it("downloads each section as the offline tool's CSV", async () => {
        const { data } = await api.post("/admin/gst/returns", { return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-08" }, demo.admin)
        const { exported } = await waitUntilDone(data.gst_return_export.id)
        const csv = await api.get(`/admin/gst/returns/${exported.id}/download?format=csv&section=b2cl`, {
          ...demo.admin,
          transformResponse: (body: string) => body,
        })
        expect(csv.headers["content-type"]).toContain("text/csv")
        expect(csv.data).toBe(
          "Invoice Number,Invoice date,Invoice Value,Place Of Supply,Applicable % of Tax Rate,Rate,Taxable Value,Cess Amount,E-Commerce GSTIN\n" +
            "INV/3,05-Aug-24,177000.00,29-Karnataka,,18,150000.00,0.00,\n"
        )
        const refused = await api
          .get(`/admin/gst/returns/${exported.id}/download?format=csv&section=gstr9`, demo.admin)
          .catch((e: HttpError) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/section=b2b \| b2cl/)
      })

      it("reports Table 12 quantities in the HSN's UQC: packs weighed into KGS, unweighed packs as PAC, in JSON and CSV", async () => {
        const { data } = await api.post("/admin/gst/returns", { return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2025-06" }, demo.admin)
        const { exported } = await waitUntilDone(data.gst_return_export.id)
        expect(exported.status).toBe("done")
        const file = await api.get(`/admin/gst/returns/${exported.id}/download?format=json`, { ...demo.admin, transformResponse: (body: string) => body })
        const gstr1 = parseExactJson(file.data)
        // Almonds (HSN 0802, UQC KGS): two 500 g packs sold, one returned → 500 g; three packs of unknown weight → 3 PAC.
        const almondGrams = 2n * 500n - 500n
        const kg = `#${almondGrams / 1000n}.${String(almondGrams % 1000n).padStart(3, "0")}`
        const rows = gstr1.hsn.hsn_b2c.map((h: Json) => [h.hsn_sc, h.uqc, h.qty])
        expect(rows).toEqual([
          ["0802", "KGS", kg],
          ["0802", "PAC", "#3.000"],
          ["8471", "NOS", "#2.000"],
          ["998314", "NA", "#0.000"],
        ])
        expect(kg).toBe("#0.500")
        const csv = await api.get(`/admin/gst/returns/${exported.id}/download?format=csv&section=hsn_b2c`, {
          ...demo.admin,
          transformResponse: (body: string) => body,
        })
        const [header, kgRow, pacRow] = csv.data.split("\n")
        expect(header.split(",").slice(2, 4)).toEqual(["UQC", "Total Quantity"])
        // HSN, description (quoted when it holds a comma), UQC, Total Quantity.
        expect(kgRow).toMatch(/^0802,(?:"[^"]*"|[^,]*),KGS-KILOGRAMS,0\.500,/)
        expect(pacRow).toMatch(/^0802,(?:"[^"]*"|[^,]*),PAC-PACKS,3\.000,/)
      })

      it("previews section totals synchronously", async () => {
        const { data } = await api.get(
          `/admin/gst/returns/preview?return_type=GSTR1&gstin=${SUPPLIER_GSTIN}&period=2024-07`,
          demo.admin
        )
        expect(data.gst_return_preview.sections).toEqual([
          { section: "b2cl", documents: 1, txval: "250000.00", iamt: "45000.00", camt: "0.00", samt: "0.00", csamt: "0.00" },
          { section: "b2cs", documents: 1, txval: "150000.00", iamt: "27000.00", camt: "0.00", samt: "0.00", csamt: "0.00" },
        ])
      })
    })

    describe("GSTR-3B export", () => {
      it("fills 3.1 and 3.2 net of credit notes and matches the ledger per head", async () => {
        const { data } = await api.post("/admin/gst/returns", { return_type: "GSTR3B", gstin: SUPPLIER_GSTIN, period: "2024-08" }, demo.admin)
        const { exported } = await waitUntilDone(data.gst_return_export.id)
        expect(exported.status).toBe("done")
        expect(exported.summary.ledger.matches).toBe(true)

        const file = await api.get(`/admin/gst/returns/${exported.id}/download?format=json`, {
          ...demo.admin,
          transformResponse: (body: string) => body,
        })
        const gstr3b = parseExactJson(file.data)
        expect(gstr3b.sup_details.osup_det).toEqual({ txval: "#233800.00", iamt: "#39900.00", camt: "#650.00", samt: "#650.00", csamt: "#0.00" })
        expect(gstr3b.sup_details.osup_zero).toEqual({ txval: "#95000.00", iamt: "#8100.00", csamt: "#0.00" })
        expect(gstr3b.inter_sup.unreg_details.map((r: Json) => r.pos)).toEqual(["27", "29"])

        const ledger = await ledgerPaise("2024-08")
        const reported = (head: "iamt" | "camt" | "samt") => paise(gstr3b.sup_details.osup_det[head]) + (head === "iamt" ? paise(gstr3b.sup_details.osup_zero.iamt) : 0n)
        expect(reported("iamt")).toBe(ledger.IGST)
        expect(reported("camt")).toBe(ledger.CGST)
        expect(reported("samt")).toBe(ledger.SGST)
      })
    })

    describe("bad input", () => {
      it.each<[string, Json, RegExp]>([
        ["a GSTIN with a wrong check character", { return_type: "GSTR1", gstin: "24AAACH1234F1Z8", period: "2024-08" }, /check character/],
        ["a valid GSTIN that is not this store's", { return_type: "GSTR1", gstin: "27AAPFU0939F1ZV", period: "2024-08" }, /not one of this store's GST registrations/],
        ["a period in the future", { return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2999-01" }, /in the future/],
        ["a period that is no month", { return_type: "GSTR1", gstin: SUPPLIER_GSTIN, period: "2024-13" }, /YYYY-MM/],
        ["a return type this route does not prepare", { return_type: "GSTR8", gstin: SUPPLIER_GSTIN, period: "2024-08" }, /GSTR1, GSTR3B/],
      ])("refuses %s with 400 and creates no export", async (_case, body, message) => {
        const refused = await api.post("/admin/gst/returns", body, demo.admin).catch((e: HttpError) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(message)
        expect(await exportRows()).toBe(0)
      })

      it("refuses a preview for an unregistered GSTIN", async () => {
        const refused = await api
          .get("/admin/gst/returns/preview?return_type=GSTR3B&gstin=27AAPFU0939F1ZV&period=2024-08", demo.admin)
          .catch((e: HttpError) => e.response)
        expect(refused.status).toBe(400)
      })

      it("answers 404 for an export that does not exist", async () => {
        const missing = await api.get("/admin/gst/returns/gstrx_missing", demo.admin).catch((e: HttpError) => e.response)
        expect(missing.status).toBe(404)
      })
    })
  },
})
