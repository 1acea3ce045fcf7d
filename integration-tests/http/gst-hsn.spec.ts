import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
// The same workflow the app seed calls from @haat/gst/workflows; imported from source for its types.
import { seedHsnMaster } from "@haat/gst/workflows"
import { DemoStore, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(180 * 1000)

type Failure = { response: { status: number; data: Record<string, unknown> & { message: string } } }
const failed = (e: Failure) => e.response

const HEADER = "code,description,uqc,rate,effective_from,cess_rate,notification,product_handle"

const GOOD_CSV = [
  HEADER,
  "19059090,Khakhra and other bakers' wares n.e.s.,KGS,12,2017-07-01,0,1/2017-CTR,",
  '19059090,Khakhra and other bakers\' wares n.e.s.,KGS,5,2025-09-22,0,"9/2025-CTR, Schedule I",khakhra-methi',
  "08023200,\"Walnuts, shelled\",KGS,12,2017-07-01,,,walnut-kernels",
  "08023200,\"Walnuts, shelled\",KGS,5,2025-09-22,,,",
  "996812,Courier services,NA,18,2017-07-01,,,",
].join("\r\n")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      // The demo seed fills the HSN master and links the catalogue; these tests start from an empty master
      // (the last one seeds it again).
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(
        "TRUNCATE product_product_gst_gst_hsn_code, product_product_variant_gst_gst_hsn_code, gst_hsn_rate, gst_hsn_code"
      )
    })

    const admin = () => demo.admin
    const productId = async (handle: string) => {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id`, admin())
      return data.products[0].id as string
    }
    const productHsn = async (id: string) => {
      const { data } = await api.get(`/admin/products/${id}?fields=id,*gst_hsn_code`, admin())
      const { data: variants } = await api.get(`/admin/products/${id}/variants?fields=id,*gst_hsn_code`, admin())
      return {
        gst_hsn_code: (data.product.gst_hsn_code ?? null) as { code: string } | null,
        variants: variants.variants as { id: string; gst_hsn_code?: { code: string } | null }[],
      }
    }
    const create = (body: Record<string, unknown>) => api.post("/admin/gst/hsn-codes", body, admin())
    const listCodes = async (query = "") => (await api.get(`/admin/gst/hsn-codes?limit=100${query}`, admin())).data

    describe("HSN/SAC master over the admin API", () => {
      it("creates a code with its rate history, lists it with today's rate and edits it", async () => {
        const { status, data } = await create({
          code: "1905 90 90",
          description: "Khakhra and other bakers' wares",
          uqc: "kgs",
          rates: [
            { rate: "12", effective_from: "2017-07-01", notification: "1/2017-CTR" },
            { rate: 5, effective_from: "2025-09-22", notification: "9/2025-CTR" },
          ],
        })
        expect(status).toBe(201)
        const hsn = data.hsn_code
        expect(hsn).toMatchObject({ code: "19059090", kind: "goods", uqc: "KGS" })
        expect(hsn.current_rate).toMatchObject({ rate: "5", cess_rate: "0", effective_from: "2025-09-22" })
        expect(hsn.rates.map((r: { effective_from: string; rate: string }) => [r.effective_from, r.rate])).toEqual([
          ["2025-09-22", "5"],
          ["2017-07-01", "12"],
        ])

        await create({ code: "996812", description: "Courier services", rates: [{ rate: "18", effective_from: "2017-07-01" }] })

        const searched = await listCodes("&q=khakhra")
        expect(searched.count).toBe(1)
        expect(searched.hsn_codes[0]).toMatchObject({ code: "19059090", current_rate: { rate: "5" } })
        expect(searched.hsn_codes[0].rates).toBeUndefined()
        const services = await listCodes("&kind=services")
        expect(services.hsn_codes.map((h: { code: string; uqc: string }) => [h.code, h.uqc])).toEqual([["996812", "NA"]])
        const page = (await api.get("/admin/gst/hsn-codes?limit=1&offset=1", admin())).data
        expect(page).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.hsn_codes.map((h: { code: string }) => h.code)).toEqual(["996812"])

        const { data: updated } = await api.post(`/admin/gst/hsn-codes/${hsn.id}`, { description: "Khakhra", uqc: "PAC" }, admin())
        expect(updated.hsn_code).toMatchObject({ description: "Khakhra", uqc: "PAC", code: "19059090" })
        const badUqc = await api.post(`/admin/gst/hsn-codes/${hsn.id}`, { uqc: "KILO" }, admin()).catch(failed)
        expect(badUqc.status).toBe(400)
        expect(badUqc.data.message).toMatch(/UQC "KILO" is not on the GST portal's list/)

        const { status: added, data: withRate } = await api.post(
          `/admin/gst/hsn-codes/${hsn.id}/rates`,
          { rate: "18", effective_from: "2026-04-01", notification: "hypothetical" },
          admin()
        )
        expect(added).toBe(201)
        expect(withRate.hsn_code.rates.map((r: { rate: string }) => r.rate)).toEqual(["18", "5", "12"])
        const sameDay = await api
          .post(`/admin/gst/hsn-codes/${hsn.id}/rates`, { rate: "5", effective_from: "2026-04-01" }, admin())
          .catch(failed)
        expect(sameDay.status).toBe(409)
        expect(sameDay.data.message).toMatch(/already has a rate from 2026-04-01/)

        const { data: fetched } = await api.get(`/admin/gst/hsn-codes/${hsn.id}`, admin())
        expect(fetched.hsn_code.rates).toHaveLength(3)
        const missing = await api.get("/admin/gst/hsn-codes/hsn_missing", admin()).catch(failed)
        expect(missing.status).toBe(404)
      })

      it("accepts a rate only if it is a GST slab on its effective date (22 Sep 2025 rationalisation)", async () => {
        const old12 = await create({ code: "1704", description: "Sugar confectionery", uqc: "KGS", rates: [{ rate: "12", effective_from: "2025-01-01" }] })
        expect(old12.status).toBe(201)

        const new12 = await create({ code: "0813", description: "Dried fruit", uqc: "KGS", rates: [{ rate: "12", effective_from: "2025-10-01" }] }).catch(failed)
        expect(new12.status).toBe(400)
        expect(new12.data.message).toMatch(/12% is not a GST rate on 2025-10-01/)

        const old40 = await create({ code: "0813", description: "Dried fruit", uqc: "KGS", rates: [{ rate: "40", effective_from: "2025-01-01" }] }).catch(failed)
        expect(old40.status).toBe(400)
        expect(old40.data.message).toMatch(/40% is not a GST rate on 2025-01-01/)

        const new40 = await api.post(`/admin/gst/hsn-codes/${old12.data.hsn_code.id}/rates`, { rate: "40", effective_from: "2025-10-01" }, admin())
        expect(new40.status).toBe(201)
        const late12 = await api
          .post(`/admin/gst/hsn-codes/${old12.data.hsn_code.id}/rates`, { rate: "12", effective_from: "2026-01-01" }, admin())
          .catch(failed)
        expect(late12.status).toBe(400)

        const refusals: [Record<string, unknown>, RegExp][] = [
          [{ code: "17041", description: "x", uqc: "KGS", rates: [{ rate: "18", effective_from: "2017-07-01" }] }, /must be 4, 6 or 8 digits/],
          [{ code: "99681", description: "x", rates: [{ rate: "18", effective_from: "2017-07-01" }] }, /SAC "99681" must be 6 digits/],
          [{ code: "0813", description: "x", uqc: "KG", rates: [{ rate: "5", effective_from: "2017-07-01" }] }, /UQC "KG"/],
          [{ code: "0813", description: "x", uqc: "KGS", rates: [{ rate: "5", effective_from: "2025-02-30" }] }, /not a date/],
          [
            { code: "0813", description: "x", uqc: "KGS", rates: [{ rate: "5", effective_from: "2017-07-01" }, { rate: "12", effective_from: "2017-07-01" }] },
            /Two rates take effect on 2017-07-01/,
          ],
        ]
        for (const [body, message] of refusals) {
          const refused = await create(body).catch(failed)
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        const duplicate = await create({ code: "1704", description: "again", uqc: "KGS", rates: [{ rate: "18", effective_from: "2017-07-01" }] }).catch(failed)
        expect(duplicate.status).toBe(409)

        expect((await listCodes()).hsn_codes.map((h: { code: string }) => h.code)).toEqual(["1704"])
      })

      it("imports a good CSV, links products by handle, and changes nothing when the same file comes again", async () => {
        const dry = await api.post("/admin/gst/hsn-codes/import", { csv: GOOD_CSV, dry_run: true }, admin())
        expect(dry.data.import).toMatchObject({
          dry_run: true,
          written: false,
          summary: { codes_created: 3, rates_created: 5, products_linked: 2 },
        })
        expect(dry.data.import.changes).toContainEqual({ row: 3, action: "link_product", code: "19059090", detail: "khakhra-methi" })
        expect((await listCodes()).count).toBe(0)

        const first = await api.post("/admin/gst/hsn-codes/import", { csv: GOOD_CSV }, admin())
        expect(first.data.import).toMatchObject({ written: true, errors: [], summary: { codes_created: 3, rates_created: 5, products_linked: 2 } })

        const listed = await listCodes()
        expect(listed.hsn_codes.map((h: { code: string; current_rate: { rate: string } }) => [h.code, h.current_rate.rate])).toEqual([
          ["08023200", "5"],
          ["19059090", "5"],
          ["996812", "18"],
        ])
        const khakhra = listed.hsn_codes.find((h: { code: string }) => h.code === "19059090")
        const { data: detail } = await api.get(`/admin/gst/hsn-codes/${khakhra.id}`, admin())
        expect(detail.hsn_code.rates.map((r: { notification: string }) => r.notification)).toEqual(["9/2025-CTR, Schedule I", "1/2017-CTR"])
        expect(detail.hsn_code.products.map((p: { handle: string }) => p.handle)).toEqual(["khakhra-methi"])
        expect((await productHsn(await productId("walnut-kernels"))).gst_hsn_code?.code).toBe("08023200")

        const again = await api.post("/admin/gst/hsn-codes/import", { csv: GOOD_CSV }, admin())
        expect(again.data.import.summary).toEqual({ codes_created: 0, codes_updated: 0, rates_created: 0, rates_updated: 0, products_linked: 0, rows: 5 })
        expect(again.data.import.changes).toEqual([])
        const after = await listCodes()
        expect(after.hsn_codes.map((h: { updated_at: string }) => h.updated_at)).toEqual(listed.hsn_codes.map((h: { updated_at: string }) => h.updated_at))

        const corrected = GOOD_CSV.replace("Courier services,NA,18", "Courier services,NA,5")
        const fix = await api.post("/admin/gst/hsn-codes/import", { csv: corrected }, admin())
        expect(fix.data.import.summary).toMatchObject({ rates_updated: 1, rates_created: 0, codes_created: 0 })
        expect((await listCodes("&code=996812")).hsn_codes[0].current_rate.rate).toBe("5")
      })

      it("refuses a file with bad rows, listing each by row and column, and writes nothing", async () => {
        const kaju = await productId("kaju-katli")
        const broken = [
          HEADER,
          "21069099,Namkeen,KGS,5,2025-09-22,,,kaju-katli",
          "17041,Candy,KGS,18,2017-07-01,,,",
          "0802,Nuts,KGS,12,2025-10-01,,,",
          "",
          "0813,Dried fruit,LITRE,5,2017-07-01,,,",
          "0801,Cashews,KGS,5,2017-07-01,,,no-such-product",
          "1704,Candy,KGS,40,2025-01-01,,,",
        ].join("\n")
        const refused = await api.post("/admin/gst/hsn-codes/import", { csv: broken }, admin()).catch(failed)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/nothing was imported/)
        expect((refused.data.errors as { row: number; column: string }[]).map((e) => [e.row, e.column])).toEqual([
          [3, "code"],
          [4, "rate"],
          [6, "uqc"],
          [7, "product_handle"],
          [8, "rate"],
        ])
        expect(refused.data.written).toBe(false)
        expect((await listCodes()).count).toBe(0)
        expect((await productHsn(kaju)).gst_hsn_code).toBeNull()

        const notCsv = await api.post("/admin/gst/hsn-codes/import", { csv: 'code,description\n"open' }, admin()).catch(failed)
        expect(notCsv.status).toBe(400)
        expect(notCsv.data.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 2, message: expect.stringMatching(/never closed/) })]))
      })

      it("takes the CSV as a multipart file upload, as the admin page sends it", async () => {
        const boundary = "----haat-hsn-test"
        const body = [
          `--${boundary}`,
          'Content-Disposition: form-data; name="file"; filename="hsn.csv"',
          "Content-Type: text/csv",
          "",
          `\uFEFF${GOOD_CSV}`,
          `--${boundary}`,
          'Content-Disposition: form-data; name="dry_run"',
          "",
          "false",
          `--${boundary}--`,
          "",
        ].join("\r\n")
        const { status, data } = await api.post("/admin/gst/hsn-codes/import", body, {
          headers: { ...admin().headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        })
        expect(status).toBe(200)
        expect(data.import.summary).toMatchObject({ codes_created: 3, rates_created: 5 })
        expect((await listCodes()).count).toBe(3)
      })

      it("classifies products and variants under a code, refuses an unknown HSN, and refuses deleting a code in use", async () => {
        const { data } = await create({ code: "21069099", description: "Namkeen and sweetmeats", uqc: "KGS", rates: [{ rate: "5", effective_from: "2025-09-22" }] })
        const namkeen = data.hsn_code
        const { data: other } = await create({ code: "1704", description: "Sugar confectionery", uqc: "KGS", rates: [{ rate: "5", effective_from: "2025-09-22" }] })
        const kaju = await productId("kaju-katli")
        const chikki = await productId("jaggery-chikki")

        const unknown = await api.post("/admin/gst/hsn-codes/1234/products", { add: [kaju] }, admin()).catch(failed)
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toBe("Unknown HSN 1234: add it under GST → HSN codes first")
        const unknownProduct = await api.post(`/admin/gst/hsn-codes/${namkeen.id}/products`, { add: ["prod_nope"] }, admin()).catch(failed)
        expect(unknownProduct.status).toBe(400)

        const linked = await api.post(`/admin/gst/hsn-codes/${namkeen.id}/products`, { add: [kaju, chikki] }, admin())
        expect(linked.data.hsn_code.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["jaggery-chikki", "kaju-katli"])
        expect((await productHsn(kaju)).gst_hsn_code?.code).toBe("21069099")

        // By code instead of id; a product has one HSN, so chikki moves off 21069099.
        const moved = await api.post("/admin/gst/hsn-codes/1704/products", { add: [chikki] }, admin())
        expect(moved.data.result.moved_from_other_hsn).toEqual([chikki])
        expect((await productHsn(chikki)).gst_hsn_code?.code).toBe("1704")
        const { data: after } = await api.get(`/admin/gst/hsn-codes/${namkeen.id}`, admin())
        expect(after.hsn_code.products.map((p: { handle: string }) => p.handle)).toEqual(["kaju-katli"])

        const variant = (await productHsn(kaju)).variants[0].id
        await api.post(`/admin/gst/hsn-codes/${other.hsn_code.id}/variants`, { add: [variant] }, admin())
        const withOverride = await productHsn(kaju)
        expect(withOverride.gst_hsn_code?.code).toBe("21069099")
        expect(withOverride.variants.find((v) => v.id === variant)?.gst_hsn_code?.code).toBe("1704")

        const inUse = await api.delete(`/admin/gst/hsn-codes/${other.hsn_code.id}`, admin()).catch(failed)
        expect(inUse.status).toBe(409)
        expect(inUse.data.message).toBe(
          "HSN 1704 is set on 1 product(s) and 1 variant(s): move them to another HSN code before deleting it"
        )

        await api.post(`/admin/gst/hsn-codes/${other.hsn_code.id}/products`, { remove: [chikki] }, admin())
        await api.post(`/admin/gst/hsn-codes/${other.hsn_code.id}/variants`, { remove: [variant] }, admin())
        expect((await productHsn(chikki)).gst_hsn_code).toBeNull()
        const deleted = await api.delete(`/admin/gst/hsn-codes/${other.hsn_code.id}`, admin())
        expect(deleted.data).toEqual({ id: other.hsn_code.id, object: "hsn_code", deleted: true })
        expect((await api.get(`/admin/gst/hsn-codes/${other.hsn_code.id}`, admin()).catch(failed)).status).toBe(404)
      })

      it("seeds the master from HSN_SEED and links products by metadata.hsn_code, idempotently", async () => {
        const before = await api.post("/admin/gst/hsn-codes/sync-from-metadata", {}, admin())
        expect(before.data.sync.products_linked).toEqual([])
        expect(before.data.sync.unknown_codes).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ code: "21069099", message: "Unknown HSN 21069099: add it under GST → HSN codes first" }),
          ])
        )

        const first = await seedHsnMaster(getContainer())
        expect(first.imported.codes_created).toBeGreaterThanOrEqual(14)
        const kaju = await productHsn(await productId("kaju-katli"))
        expect(kaju.gst_hsn_code?.code).toBe("21069099")
        expect(first.synced.products_linked).toContain("kaju-katli")
        expect(first.synced.products_linked).toContain("arnica-montana-30c")
        expect(first.synced.unknown_codes.map((u: { code: string }) => u.code)).toContain("19059090")

        const { data: namkeen } = await api.get("/admin/gst/hsn-codes?code=21069099", admin())
        expect(namkeen.hsn_codes[0].current_rate.rate).toBe("5")
        const { data: history } = await api.get(`/admin/gst/hsn-codes/${namkeen.hsn_codes[0].id}`, admin())
        expect(history.hsn_code.rates.map((r: { effective_from: string; rate: string }) => [r.effective_from, r.rate])).toEqual([
          ["2025-09-22", "5"],
          ["2017-07-01", "12"],
        ])

        // The merchant's own wording survives a second seed; nothing is added twice.
        await api.post(`/admin/gst/hsn-codes/${namkeen.hsn_codes[0].id}`, { description: "Namkeen (our wording)" }, admin())
        const second = await seedHsnMaster(getContainer())
        expect(second.imported).toMatchObject({ codes_created: 0, codes_updated: 0, rates_created: 0, rates_updated: 0 })
        expect(second.synced.products_linked).toEqual([])
        expect((await api.get("/admin/gst/hsn-codes?code=21069099", admin())).data.hsn_codes[0].description).toBe("Namkeen (our wording)")

        // A product the admin moved keeps its HSN unless the sync is told to overwrite.
        const kajuId = await productId("kaju-katli")
        const seeded1704 = (await api.get("/admin/gst/hsn-codes?code=1704", admin())).data.hsn_codes[0]
        await api.post(`/admin/gst/hsn-codes/${seeded1704.id}/products`, { add: [kajuId] }, admin())
        const kept = await api.post("/admin/gst/hsn-codes/sync-from-metadata", {}, admin())
        expect(kept.data.sync.conflicts).toContainEqual({ product_handle: "kaju-katli", metadata_hsn_code: "21069099", current_hsn_code: "1704" })
        expect((await productHsn(kajuId)).gst_hsn_code?.code).toBe("1704")
        const overwritten = await api.post("/admin/gst/hsn-codes/sync-from-metadata", { overwrite: true }, admin())
        expect(overwritten.data.sync.products_linked).toEqual(["kaju-katli"])
        expect((await productHsn(kajuId)).gst_hsn_code?.code).toBe("21069099")
      })
    })
  },
})
