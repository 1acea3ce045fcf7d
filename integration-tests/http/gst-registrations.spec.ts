import type GstModuleService from "../../plugins/gst/src/modules/gst/service"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(120 * 1000)

type Registration = {
  id: string
  gstin: string
  state_code: string
  is_default: boolean
  status: string
  legal_name: string
  stock_locations?: { id: string; name: string }[]
}
type ErrorResponse = { status: number; data: { type: string; message: string } }

// Real GSTINs' shape with valid check characters: Maharashtra (27), Karnataka (29), Gujarat (24).
const MAHARASHTRA = "27AAPFU0939F1ZV"
const KARNATAKA = "29AABCF8078M2ZW"
const GUJARAT = "24AAACH7409R1Z7"

const registration = (gstin: string, extra: Record<string, unknown> = {}) => ({
  gstin,
  legal_name: `Haat Foods ${gstin.slice(0, 2)} Private Limited`,
  address_line_1: "Plot 14, Industrial Estate",
  city: "Ahmedabad",
  postal_code: "382330",
  ...extra,
})

const failure = (e: { response?: ErrorResponse }) => {
  if (!e.response) {
    throw e
  }
  return e.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      // The demo seed registers the operator's own GSTIN; these tests start from a store that has none yet.
      const gst = getContainer().resolve<GstModuleService>("gst")
      const seeded = await gst.listGstRegistrations({}, { select: ["id"] })
      await gst.softDeleteGstRegistrations(seeded.map((r) => r.id))
    })

    const create = async (body: Record<string, unknown>) => {
      const { data } = await api.post("/admin/gst/registrations", body, demo.admin)
      return data.gst_registration as Registration
    }
    const list = async (query = "") => {
      const { data } = await api.get(`/admin/gst/registrations${query}`, demo.admin)
      return data as { gst_registrations: Registration[]; count: number; offset: number; limit: number }
    }

    describe("GST registrations in the admin", () => {
      it("creates a registration with its State taken from the GSTIN, normalised to upper case", async () => {
        const { status, data } = await api.post(
          "/admin/gst/registrations",
          registration(` ${MAHARASHTRA.toLowerCase()} `, { city: "Pune", postal_code: "411001" }),
          demo.admin
        )
        expect(status).toBe(201)
        expect(data.gst_registration).toMatchObject({
          gstin: MAHARASHTRA,
          state_code: "27",
          city: "Pune",
          is_default: false,
          status: "active",
        })
        const { data: fetched } = await api.get(`/admin/gst/registrations/${data.gst_registration.id}`, demo.admin)
        expect(fetched.gst_registration.gstin).toBe(MAHARASHTRA)
      })

      it("lists registrations a page at a time and filters by State, status and text", async () => {
        await create(registration(MAHARASHTRA))
        await create(registration(KARNATAKA, { legal_name: "Bengaluru Sweets LLP" }))
        const gujarat = await create(registration(GUJARAT))
        await api.post(`/admin/gst/registrations/${gujarat.id}`, { status: "suspended" }, demo.admin)

        const first = await list("?limit=2&offset=0&order=gstin")
        expect(first).toMatchObject({ count: 3, offset: 0, limit: 2 })
        expect(first.gst_registrations.map((r) => r.gstin)).toEqual([GUJARAT, MAHARASHTRA])
        const second = await list("?limit=2&offset=2&order=gstin")
        expect(second.gst_registrations.map((r) => r.gstin)).toEqual([KARNATAKA])

        expect((await list("?state_code=29")).gst_registrations.map((r) => r.gstin)).toEqual([KARNATAKA])
        // A State may be named the way people write it, not only by its GST code.
        expect((await list("?state_code=Maharashtra")).gst_registrations.map((r) => r.gstin)).toEqual([MAHARASHTRA])
        expect((await list("?status=suspended")).gst_registrations.map((r) => r.gstin)).toEqual([GUJARAT])
        expect((await list("?q=Bengaluru")).gst_registrations.map((r) => r.gstin)).toEqual([KARNATAKA])

        const unknownState = await api.get("/admin/gst/registrations?state_code=Atlantis", demo.admin).catch(failure)
        expect(unknownState.status).toBe(400)
        expect(unknownState.data.message).toContain('Unknown state "Atlantis"')
      })

      it("refuses a malformed GSTIN with the reason, and writes nothing", async () => {
        const typo = await api.post("/admin/gst/registrations", registration("27AAPFU0939F1ZX"), demo.admin).catch(failure)
        expect(typo.status).toBe(400)
        expect(typo.data.message).toContain('Invalid GSTIN "27AAPFU0939F1ZX"')
        expect(typo.data.message).toContain('the check character (15th) is "X"')

        const short = await api.post("/admin/gst/registrations", registration("27AAPFU0939F1Z"), demo.admin).catch(failure)
        expect(short.status).toBe(400)
        expect(short.data.message).toContain("has 14")

        expect((await list()).count).toBe(0)
      })

      it("refuses a GSTIN that is already registered, leaving the first one as it was", async () => {
        const first = await create(registration(MAHARASHTRA, { is_default: true }))
        const again = await api
          .post("/admin/gst/registrations", registration(MAHARASHTRA, { legal_name: "Someone Else", is_default: true }), demo.admin)
          .catch(failure)
        expect(again.status).toBeGreaterThanOrEqual(400)
        expect(again.status).toBeLessThan(500)
        expect(again.data.message).toContain(MAHARASHTRA)
        expect(again.data.message).toMatch(/already exists/)

        const { gst_registrations, count } = await list()
        expect(count).toBe(1)
        // The failed create had demoted the default first; its compensation must have restored it.
        expect(gst_registrations[0]).toMatchObject({ id: first.id, legal_name: first.legal_name, is_default: true })
      })

      it("keeps one default registration: making another the default demotes the first", async () => {
        const maharashtra = await create(registration(MAHARASHTRA, { is_default: true }))
        const gujarat = await create(registration(GUJARAT, { is_default: true }))
        const defaults = async () =>
          (await list()).gst_registrations.filter((r) => r.is_default).map((r) => r.id)
        expect(await defaults()).toEqual([gujarat.id])

        const { data } = await api.post(`/admin/gst/registrations/${maharashtra.id}`, { is_default: true }, demo.admin)
        expect(data.gst_registration.is_default).toBe(true)
        expect(await defaults()).toEqual([maharashtra.id])
      })

      it("suspends a registration instead of deleting it", async () => {
        const gujarat = await create(registration(GUJARAT))
        const { data } = await api.post(`/admin/gst/registrations/${gujarat.id}`, { status: "suspended" }, demo.admin)
        expect(data.gst_registration).toMatchObject({ id: gujarat.id, gstin: GUJARAT, status: "suspended" })

        const bad = await api.post(`/admin/gst/registrations/${gujarat.id}`, { status: "cancelled" }, demo.admin).catch(failure)
        expect(bad.status).toBe(400)
        const missing = await api.post("/admin/gst/registrations/gstreg_missing", { status: "suspended" }, demo.admin).catch(failure)
        expect(missing.status).toBe(404)
      })

      it("is for admins only", async () => {
        const anonymous = await api.get("/admin/gst/registrations").catch(failure)
        expect(anonymous.status).toBe(401)
      })
    })

    describe("stock locations supplying under a registration", () => {
      const location = async (name: string, province?: string) => {
        const address = province ? { address_1: "Warehouse Road", city: name, province, country_code: "in" } : undefined
        const { data } = await api.post("/admin/stock-locations", { name, ...(address ? { address } : {}) }, demo.admin)
        return data.stock_location.id as string
      }
      const locationsOf = async (id: string) =>
        (await api.get(`/admin/gst/registrations/${id}/stock-locations`, demo.admin)).data.stock_locations.map((l: { name: string }) => l.name)
      const linkRows = async () => {
        const link = getContainer().resolve("remoteLink") as { getLinkModule: (...a: string[]) => { list: (f: object) => Promise<unknown[]> } }
        return (await link.getLinkModule("stock_location", "stock_location_id", "gst", "gst_registration_id").list({})).length
      }

      it("links locations in the registration's State, shows them on the registration and on the location", async () => {
        const gujarat = await create(registration(GUJARAT, { is_default: true }))
        const naroda = await location("Naroda Depot", "in-gj")
        const surat = await location("Surat Depot", "Gujarat")
        const { data, status } = await api.post(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: [naroda, surat] }, demo.admin)
        expect(status).toBe(200)
        expect(data.result).toEqual({ linked: [naroda, surat], unlinked: [], unchanged: [] })
        expect(data.gst_registration.stock_locations.map((l: { name: string }) => l.name)).toEqual(["Naroda Depot", "Surat Depot"])
        expect((await list()).gst_registrations[0].stock_locations!.map((l) => l.id).sort()).toEqual([naroda, surat].sort())

        const { data: onLocation } = await api.get(`/admin/gst/stock-locations/${surat}`, demo.admin)
        expect(onLocation.stock_location).toMatchObject({ id: surat, name: "Surat Depot" })
        expect(onLocation.gst_registration).toMatchObject({ id: gujarat.id, gstin: GUJARAT })
        expect(onLocation.supplies_under).toMatchObject({ gstin: GUJARAT })

        // Linking again changes nothing; removing takes the location off.
        const again = await api.post(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: [naroda], remove: [surat] }, demo.admin)
        expect(again.data.result).toEqual({ linked: [], unlinked: [surat], unchanged: [naroda] })
        expect(await locationsOf(gujarat.id)).toEqual(["Naroda Depot"])
        const { data: unlinked } = await api.get(`/admin/gst/stock-locations/${surat}`, demo.admin)
        // No link of its own: the default registration applies.
        expect(unlinked.gst_registration).toBeNull()
        expect(unlinked.supplies_under).toMatchObject({ id: gujarat.id })
      })

      it("keeps a location under one registration: refuses a second, moves it only from the location's own page", async () => {
        const gujarat = await create(registration(GUJARAT))
        const other = await create(registration(`24AAACH1234F1Z9`, { legal_name: "Haat Retail LLP" }))
        const naroda = await location("Naroda Depot", "in-gj")
        await api.post(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: [naroda] }, demo.admin)
        const rows = await linkRows()

        const conflict = await api.post(`/admin/gst/registrations/${other.id}/stock-locations`, { add: [naroda] }, demo.admin).catch(failure)
        expect(conflict.status).toBe(409)
        expect(conflict.data.message).toContain(`"Naroda Depot" already supplies under GSTIN ${GUJARAT}`)
        expect(await linkRows()).toBe(rows)

        const { data: moved } = await api.post(`/admin/gst/stock-locations/${naroda}`, { gst_registration_id: other.id }, demo.admin)
        expect(moved.gst_registration).toMatchObject({ id: other.id, gstin: "24AAACH1234F1Z9" })
        expect(await locationsOf(gujarat.id)).toEqual([])
        expect(await locationsOf(other.id)).toEqual(["Naroda Depot"])
        expect(await linkRows()).toBe(rows)

        const { data: cleared } = await api.post(`/admin/gst/stock-locations/${naroda}`, { gst_registration_id: null }, demo.admin)
        expect(cleared.gst_registration).toBeNull()
        expect(await linkRows()).toBe(rows - 1)
      })

      it("refuses unknown ids, a location in another State, a suspended registration and bad bodies, writing nothing", async () => {
        const gujarat = await create(registration(GUJARAT))
        const maharashtra = await create(registration(MAHARASHTRA))
        const naroda = await location("Naroda Depot", "in-gj")
        const pune = await location("Pune Depot", "in-mh")
        const rows = await linkRows()
        const refuse = async (url: string, body: unknown) => (await api.post(url, body, demo.admin).catch(failure)) as ErrorResponse

        const unknownRegistration = await refuse("/admin/gst/registrations/gstreg_missing/stock-locations", { add: [naroda] })
        expect(unknownRegistration.status).toBe(404)
        expect(unknownRegistration.data.message).toBe("GST registration gstreg_missing was not found")

        const unknownLocation = await refuse(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: [naroda, "sloc_missing"] })
        expect(unknownLocation.status).toBe(400)
        expect(unknownLocation.data.message).toContain("Unknown stock location sloc_missing")

        const wrongState = await refuse(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: [naroda, pune] })
        expect(wrongState.status).toBe(400)
        expect(wrongState.data.message).toContain(`"Pune Depot" is in Maharashtra (27) but GSTIN ${GUJARAT} is registered in State 24`)

        await api.post(`/admin/gst/registrations/${maharashtra.id}`, { status: "suspended" }, demo.admin)
        const suspended = await refuse(`/admin/gst/stock-locations/${pune}`, { gst_registration_id: maharashtra.id })
        expect(suspended.status).toBe(400)
        expect(suspended.data.message).toContain("is suspended")

        expect((await refuse(`/admin/gst/stock-locations/sloc_missing`, { gst_registration_id: gujarat.id })).status).toBe(404)
        expect((await refuse(`/admin/gst/stock-locations/${naroda}`, { gst_registration_id: "gstreg_missing" })).status).toBe(404)
        expect((await refuse(`/admin/gst/stock-locations/${naroda}`, {})).status).toBe(400)
        expect((await refuse(`/admin/gst/registrations/${gujarat.id}/stock-locations`, {})).data.message).toContain("Give stock location ids")
        expect((await refuse(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: "sloc_1" })).status).toBe(400)
        expect((await refuse(`/admin/gst/registrations/${gujarat.id}/stock-locations`, { add: [naroda], remove: [naroda] })).status).toBe(400)

        expect(await linkRows()).toBe(rows)
        expect(await locationsOf(gujarat.id)).toEqual([])
      })
    })

    describe("GSTIN check at the storefront", () => {
      it("describes a valid GSTIN to a storefront with a publishable key", async () => {
        const { data } = await api.post("/store/gst/gstin/validate", { gstin: GUJARAT.toLowerCase() }, demo.store)
        expect(data.gstin).toEqual({
          gstin: GUJARAT,
          state_code: "24",
          state_name: "Gujarat",
          pan: "AAACH7409R",
          entity_code: "1",
          registration_type: "normal",
        })
      })

      it("explains what is wrong with a mistyped GSTIN", async () => {
        const res = await api.post("/store/gst/gstin/validate", { gstin: "24AAACH7409R1Z8" }, demo.store).catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("check character")
      })

      it("refuses a caller without a publishable key", async () => {
        const res = await api.post("/store/gst/gstin/validate", { gstin: GUJARAT }).catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })
  },
})
