import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "node:fs"
import path from "node:path"
import { DemoStore, setUpDemoStore } from "../helpers/demo-store"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }
type Answer = { status: number; data: { message: string; errors?: unknown[] } }
type Failure = { response: Answer }

const PASSWORD = "distributor-password"
// Valid GSTINs (check character computed by @haat/india): Gujarat and Maharashtra.
const GSTIN_GJ = "24AAACS1234K1ZN"
const GSTIN_MH = "27AABCP5678L1ZT"
const KYC_FILE_TAG = "haat-http-kyc"

const gujaratProfile = {
  legal_name: "Shah Sweets Private Limited",
  trade_name: "Shah Sweets",
  phone: "+919825011111",
  member_name: "Nirav Shah",
  gstin: GSTIN_GJ,
  pan: "AAACS1234K",
  addresses: [
    { type: "registered", address_1: "22 Relief Road", city: "Ahmedabad", state: "Gujarat", postal_code: "380001" },
    { type: "pickup", address_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", state: "IN-GJ", postal_code: "382445" },
  ],
}

const maharashtraProfile = {
  legal_name: "Patil Foods LLP",
  member_name: "Sneha Patil",
  gstin: GSTIN_MH,
  pan: "AABCP5678L",
  addresses: [{ type: "registered", address_1: "9 Market Yard", city: "Pune", state: "27", postal_code: "411037" }],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let gujarat: Headers
    let maharashtra: Headers
    let gujaratId: string
    let maharashtraId: string
    let kaju: { id: string; sku: string }
    let laddoo: { id: string; sku: string }
    let gujaratListingId: string
    let maharashtraListingId: string
    let gujaratKycId: string

    const fail = (promise: Promise<unknown>) => promise.then(
      () => {
        throw new Error("expected the request to fail")
      },
      (e: Failure) => e.response
    )

    const authIdentity = async (email: string): Promise<Headers> => {
      const { data } = await api.post("/auth/distributor/emailpass/register", { email, password: PASSWORD })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    const login = async (email: string): Promise<Headers> => {
      const { data } = await api.post("/auth/distributor/emailpass", { email, password: PASSWORD })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    /** Sign-up as the portal does it: auth identity, /distributor/register, log in again for a member token. */
    const registerDistributor = async (email: string, profile: Record<string, unknown>) => {
      const identity = await authIdentity(email)
      const { data } = await api.post("/distributor/register", profile, identity)
      return { id: data.distributor.id as string, headers: await login(email) }
    }

    const uploadKyc = (who: Headers, type: string) => {
      const form = new FormData()
      form.append("type", type)
      form.append("file", new Blob([Buffer.from(`%PDF-1.4 ${type}`)], { type: "application/pdf" }), `${KYC_FILE_TAG}-${type}.pdf`)
      return api.post("/distributor/kyc-documents", form, who)
    }

    const csv = (text: string) => {
      const form = new FormData()
      form.append("file", new Blob([text], { type: "text/csv" }), "listings.csv")
      return form
    }

    const listingCount = async () => (await api.get("/admin/listings?limit=1", demo.admin)).data.count as number

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      const variantsOf = async (handle: string) => {
        const { data } = await api.get(`/admin/products?handle=${handle}&fields=variants.id,variants.sku,variants.title`, demo.admin)
        return data.products[0].variants.find((v: { title: string }) => v.title === "500 g")
      }
      kaju = await variantsOf("kaju-katli")
      laddoo = await variantsOf("motichoor-laddoo")

      const a = await registerDistributor("nirav@shahsweets.example.in", gujaratProfile)
      const b = await registerDistributor("sneha@patilfoods.example.in", maharashtraProfile)
      gujarat = a.headers
      gujaratId = a.id
      maharashtra = b.headers
      maharashtraId = b.id

      gujaratKycId = (await uploadKyc(gujarat, "gst_certificate")).data.kyc_document.id
      await uploadKyc(gujarat, "pan_card")
      await api.post("/distributor/me/submit", {}, gujarat)
      await api.post(`/admin/distributors/${gujaratId}/status`, { status: "verified" }, demo.admin)

      const listingBody = { variant_id: kaju.id, price: "610.00", mrp: "640.00", stocked_quantity: 40, low_stock_threshold: 5 }
      gujaratListingId = (await api.post("/distributor/listings", { ...listingBody, sku: "SHAH-KAJU-500" }, gujarat)).data.listing.id
      maharashtraListingId = (await api.post("/distributor/listings", { ...listingBody, sku: "PATIL-KAJU-500" }, maharashtra)).data.listing.id
      for (const id of [gujaratListingId, maharashtraListingId]) {
        await api.post(`/admin/listings/${id}/review`, { status: "approved" }, demo.admin)
      }
    })

    afterAll(() => {
      // Medusa's local file provider writes uploads under ./static; remove this suite's KYC files.
      const dir = path.join(process.cwd(), "static")
      if (fs.existsSync(dir)) {
        for (const name of fs.readdirSync(dir).filter((n) => n.includes(KYC_FILE_TAG))) fs.rmSync(path.join(dir, name))
        if (!fs.readdirSync(dir).length) fs.rmdirSync(dir)
      }
    })

    describe("distributor sign-up and verification", () => {
      it("registers a distributor as pending with its owner, warehouse in its State and a masked profile", async () => {
        const { data } = await api.get("/distributor/me", maharashtra)
        expect(data.distributor).toMatchObject({
          id: maharashtraId,
          slug: "patil-foods-llp",
          gstin: GSTIN_MH,
          state_code: "27",
          pan: "AABCP5678L",
          status: "pending",
        })
        expect(data.member).toMatchObject({ email: "sneha@patilfoods.example.in", role: "owner", status: "active" })
        expect(data.distributor.stock_locations).toHaveLength(1)
        expect(data.distributor).not.toHaveProperty("bank_account_encrypted")

        const { data: location } = await api.get(
          `/admin/stock-locations/${data.distributor.stock_locations[0].id}?fields=name,address.city,address.province`,
          demo.admin
        )
        expect(location.stock_location.address).toMatchObject({ city: "Pune", province: "in-mh" })
      })

      it("records who moved the distributor, when and why, for every transition", async () => {
        const { data } = await api.get(`/admin/distributors/${gujaratId}`, demo.admin)
        expect(data.distributor.status).toBe("verified")
        expect(data.distributor.kyc_documents.map((d: { type: string }) => d.type).sort()).toEqual(["gst_certificate", "pan_card"])
        expect(data.distributor.members).toHaveLength(1)
        expect(
          data.distributor.status_changes.map((c: { from_status: string; to_status: string; actor_type: string }) => [
            c.from_status,
            c.to_status,
            c.actor_type,
          ])
        ).toEqual([
          [null, "pending", "distributor"],
          ["pending", "in_review", "distributor"],
          ["in_review", "verified", "user"],
        ])
        expect(data.distributor.status_changes[2].actor_id).toMatch(/^user_/)
      })

      it("refuses transitions the status machine forbids and a rejection without a reason", async () => {
        const jump = await fail(api.post(`/admin/distributors/${maharashtraId}/status`, { status: "verified" }, demo.admin))
        expect(jump.status).toBe(400)
        expect(jump.data.message).toContain("a pending distributor cannot become verified")

        const early = await fail(api.post("/distributor/me/submit", {}, maharashtra))
        expect(early.status).toBe(400)
        expect(early.data.message).toContain("gst_certificate, pan_card")

        await uploadKyc(maharashtra, "gst_certificate")
        await uploadKyc(maharashtra, "pan_card")
        await api.post("/distributor/me/submit", {}, maharashtra)
        const silent = await fail(api.post(`/admin/distributors/${maharashtraId}/status`, { status: "rejected" }, demo.admin))
        expect(silent.status).toBe(400)
        expect(silent.data.message).toContain("a reason is required")

        await api.post(`/admin/distributors/${maharashtraId}/status`, { status: "rejected", reason: "PAN card is blurred" }, demo.admin)
        const { data } = await api.get("/distributor/me", maharashtra)
        expect(data.distributor).toMatchObject({ status: "rejected", status_reason: "PAN card is blurred" })
        // Resubmission after a rejection goes back to review.
        const { data: again } = await api.post("/distributor/me/submit", {}, maharashtra)
        expect(again.distributor.status).toBe("in_review")
      })

      it("suspends with a reason and reinstates a verified distributor", async () => {
        const noReason = await fail(api.post(`/admin/distributors/${gujaratId}/status`, { status: "suspended" }, demo.admin))
        expect(noReason.status).toBe(400)
        await api.post(`/admin/distributors/${gujaratId}/status`, { status: "suspended", reason: "FSSAI licence expired" }, demo.admin)
        const { data: listed } = await api.get("/admin/distributors?status=suspended", demo.admin)
        expect(listed.distributors.map((d: { id: string }) => d.id)).toEqual([gujaratId])
        const { data } = await api.post(`/admin/distributors/${gujaratId}/status`, { status: "verified" }, demo.admin)
        expect(data.distributor.status).toBe("verified")
      })

      it("lists distributors with status and text filters and pagination", async () => {
        const { data: all } = await api.get("/admin/distributors?limit=1", demo.admin)
        expect(all).toMatchObject({ count: 2, limit: 1, offset: 0 })
        const { data: pending } = await api.get("/admin/distributors?status=pending", demo.admin)
        expect(pending.distributors.map((d: { id: string }) => d.id)).toEqual([maharashtraId])
        const { data: found } = await api.get("/admin/distributors?q=Shah", demo.admin)
        expect(found.distributors.map((d: { id: string }) => d.id)).toEqual([gujaratId])
      })

      it("refuses an invalid GSTIN, PAN, a PAN that is not the GSTIN's and an address outside the GSTIN's State, writing nothing", async () => {
        const identity = await authIdentity("new@bad.example.in")
        const attempt = (patch: Record<string, unknown>) =>
          fail(api.post("/distributor/register", { ...gujaratProfile, legal_name: "Bad Co", ...patch }, identity))

        const gstin = await attempt({ gstin: "24AAACS1234K1ZA" })
        expect(gstin.status).toBe(400)
        expect(gstin.data.message).toContain('Invalid GSTIN "24AAACS1234K1ZA"')
        expect(gstin.data.message).toContain("check character")

        const pan = await attempt({ pan: "AAAXS1234K" })
        expect(pan.status).toBe(400)
        expect(pan.data.message).toContain('Invalid PAN "AAAXS1234K"')

        const mismatch = await attempt({ gstin: GSTIN_MH, pan: "AAACS1234K", addresses: maharashtraProfile.addresses })
        expect(mismatch.status).toBe(400)
        expect(mismatch.data.message).toContain("does not match GSTIN")

        const elsewhere = await attempt({
          addresses: [{ type: "pickup", address_1: "1 MG Road", city: "Pune", state: "Maharashtra", postal_code: "411001" }],
        })
        expect(elsewhere.status).toBe(400)
        expect(elsewhere.data.message).toContain("is in Maharashtra, but GSTIN is registered in Gujarat")

        const taken = await attempt({})
        // DUPLICATE_ERROR (422): Medusa replaces a CONFLICT (409) message with a generic retry hint.
        expect(taken.status).toBe(422)
        expect(taken.data.message).toContain(`GSTIN ${GSTIN_GJ} is already registered`)

        const { data } = await api.get("/admin/distributors", demo.admin)
        expect(data.count).toBe(2)
      })

      it("never shows the bank account number, only its last four digits", async () => {
        const { data } = await api.post(
          "/distributor/me/bank-details",
          { account_name: "Shah Sweets Pvt Ltd", account_number: "50100123456789", ifsc: "hdfc0001234", bank_name: "HDFC Bank" },
          gujarat
        )
        expect(data.distributor).toMatchObject({ bank_account_last4: "6789", bank_ifsc: "HDFC0001234" })
        const seen = [
          JSON.stringify(data),
          JSON.stringify((await api.get("/distributor/me", gujarat)).data),
          JSON.stringify((await api.get(`/admin/distributors/${gujaratId}`, demo.admin)).data),
          JSON.stringify((await api.get("/admin/distributors", demo.admin)).data),
        ]
        for (const body of seen) {
          expect(body).not.toContain("50100123456789")
          expect(body).not.toContain("bank_account_encrypted")
        }
        const bad = await fail(api.post("/distributor/me/bank-details", { account_name: "x", account_number: "12ab", ifsc: "HDFC0001234" }, gujarat))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("9 to 18 digits")
      })

      it("answers the portal's CORS preflight on /distributor routes", async () => {
        const res = await api.options("/distributor/me", {
          headers: { origin: "http://localhost:7001", "access-control-request-method": "GET" },
        })
        expect(res.status).toBe(204)
        expect(res.headers["access-control-allow-origin"]).toBe("http://localhost:7001")
      })
    })

    describe("members", () => {
      it("lets the owner invite staff who then act for the same distributor, and only the owner invite", async () => {
        const { data: invite } = await api.post("/distributor/members/invite", { email: "Staff@ShahSweets.example.in" }, gujarat)
        expect(invite.member).toMatchObject({ email: "staff@shahsweets.example.in", status: "invited", role: "staff" })

        const stranger = await authIdentity("someone@else.example.in")
        const wrongEmail = await fail(api.post("/distributor/invites/accept", { token: invite.invite_token }, stranger))
        expect(wrongEmail.data.message).toContain("was sent to staff@shahsweets.example.in")

        const identity = await authIdentity("staff@shahsweets.example.in")
        await api.post("/distributor/invites/accept", { token: invite.invite_token, name: "Kiran" }, identity)
        const staff = await login("staff@shahsweets.example.in")
        const { data: me } = await api.get("/distributor/me", staff)
        expect(me.distributor.id).toBe(gujaratId)
        expect(me.member).toMatchObject({ role: "staff", status: "active", name: "Kiran" })

        const reused = await fail(api.post("/distributor/invites/accept", { token: invite.invite_token }, await authIdentity("x@y.example.in")))
        expect(reused.status).toBe(404)

        const notOwner = await fail(api.post("/distributor/members/invite", { email: "more@shahsweets.example.in" }, staff))
        expect(notOwner.status).toBe(400)
        expect(notOwner.data.message).toContain("Only the distributor's owner")
        const { data: members } = await api.get("/distributor/members", gujarat)
        expect(members.count).toBe(2)
      })
    })

    describe("each distributor sees only its own data", () => {
      it("finds no listing or KYC document of another distributor, and changes none", async () => {
        expect((await fail(api.get(`/distributor/listings/${gujaratListingId}`, maharashtra))).status).toBe(404)
        const change = await fail(api.post(`/distributor/listings/${gujaratListingId}`, { price: "1.00" }, maharashtra))
        expect(change.status).toBe(404)
        expect((await fail(api.get(`/distributor/kyc-documents/${gujaratKycId}`, maharashtra))).status).toBe(404)

        const { data: own } = await api.get("/distributor/listings", maharashtra)
        expect(own.listings.map((l: { id: string }) => l.id)).toEqual([maharashtraListingId])
        const { data: kyc } = await api.get("/distributor/kyc-documents", maharashtra)
        expect(kyc.count).toBe(0)

        const { data: still } = await api.get(`/distributor/listings/${gujaratListingId}`, gujarat)
        expect(still.listing.price).toBe(610)
      })

      it("refuses /distributor routes without a distributor login", async () => {
        expect((await fail(api.get("/distributor/me"))).status).toBe(401)
        expect((await fail(api.get("/distributor/me", demo.admin))).status).toBe(401)
        const customer = await demo.customer(demo.demo_customers[0])
        expect((await fail(api.get("/distributor/listings", customer))).status).toBe(401)
      })
    })

    describe("listings", () => {
      it("refuses a negative price, a price above MRP and an unknown variant with clear messages, writing nothing", async () => {
        const before = await listingCount()
        const base = { variant_id: laddoo.id, sku: "SHAH-LADDOO-500", price: "350.00", mrp: "360.00" }

        const negative = await fail(api.post("/distributor/listings", { ...base, price: "-5" }, gujarat))
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("price: must be more than zero")

        const aboveMrp = await fail(api.post("/distributor/listings", { ...base, price: "360.01" }, gujarat))
        expect(aboveMrp.data.message).toContain("₹360.01 is above the MRP of ₹360.00")

        const unknown = await fail(api.post("/distributor/listings", { ...base, variant_id: "variant_doesnotexist" }, gujarat))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("no product variant variant_doesnotexist")

        const stock = await fail(api.post("/distributor/listings", { ...base, stocked_quantity: -1 }, gujarat))
        expect(stock.status).toBe(400)

        const twice = await fail(api.post("/distributor/listings", { ...base, variant_id: kaju.id }, gujarat))
        expect(twice.data.message).toContain("you already list variant")

        expect(await listingCount()).toBe(before)
      })

      it("imports a CSV only when every row is right, naming each bad row", async () => {
        const before = await listingCount()
        const broken = [
          "variant_sku,sku,price,mrp,stocked_quantity",
          `${laddoo.sku},SHAH-LADDOO,350,360,10`,
          "NO-SUCH-SKU,SHAH-X,100,120,5",
          "",
          `${kaju.sku},SHAH-KAJU-2,700,640,5`,
        ].join("\n")
        const refused = await fail(api.post("/distributor/listings/import", csv(broken), gujarat))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("2 of 3 rows have errors; nothing was imported")
        expect(refused.data.errors).toEqual([
          { row: 3, field: "variant_sku", message: expect.stringContaining('no product variant with SKU "NO-SUCH-SKU"') },
          { row: 5, field: "variant_id", message: expect.stringContaining("you already list variant") },
          { row: 5, field: "price", message: expect.stringContaining("above the MRP") },
        ])
        expect(await listingCount()).toBe(before)

        const noColumn = await fail(api.post("/distributor/listings/import", csv("sku,price\nA,1"), gujarat))
        expect(noColumn.data.message).toContain("lacks the column(s): mrp, variant_id or variant_sku")

        const { data } = await api.post(
          "/distributor/listings/import",
          csv(`variant_sku,sku,price,mrp,stocked_quantity,low_stock_threshold\n${laddoo.sku},SHAH-LADDOO,350,360,10,2\n`),
          gujarat
        )
        expect(data.count).toBe(1)
        expect(data.listings[0]).toMatchObject({ sku: "SHAH-LADDOO", status: "pending", variant_id: laddoo.id, stocked_quantity: 10 })
        expect(await listingCount()).toBe(before + 1)
      })

      it("sends a repriced approved listing back to review, and the admin rejects it with a reason", async () => {
        const { data } = await api.post(`/distributor/listings/${gujaratListingId}`, { price: "600" }, gujarat)
        expect(data.listing).toMatchObject({ status: "pending", price: 600 })
        const { data: stockOnly } = await api.post(`/distributor/listings/${maharashtraListingId}`, { stocked_quantity: 12 }, maharashtra)
        expect(stockOnly.listing).toMatchObject({ status: "approved", stocked_quantity: 12 })

        const { data: queue } = await api.get("/admin/listings?status=pending", demo.admin)
        expect(queue.listings.map((l: { id: string }) => l.id)).toEqual([gujaratListingId])
        const noReason = await fail(api.post(`/admin/listings/${gujaratListingId}/review`, { status: "rejected" }, demo.admin))
        expect(noReason.status).toBe(400)
        await api.post(`/admin/listings/${gujaratListingId}/review`, { status: "rejected", reason: "Price above our floor" }, demo.admin)
        const { data: seen } = await api.get(`/distributor/listings/${gujaratListingId}`, gujarat)
        expect(seen.listing).toMatchObject({ status: "rejected", reason: "Price above our floor" })
      })
    })

    describe("only approved listings of verified distributors are sellable", () => {
      const addToCart = async (listingId: string, quantity = 1) => {
        const { data } = await api.post("/store/carts", { region_id: demo.region_ids.India }, demo.store)
        const response = await api
          .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: kaju.id, quantity, metadata: { listing_id: listingId } }, demo.store)
          .then((r: Answer) => r, (e: Failure) => e.response)
        const { data: cart } = await api.get(`/store/carts/${data.cart.id}?fields=items.id`, demo.store)
        return { response, items: cart.cart.items as unknown[] }
      }

      it("adds a verified distributor's approved listing to a cart", async () => {
        const { response, items } = await addToCart(gujaratListingId, 2)
        expect(response.status).toBe(200)
        expect(items).toHaveLength(1)
      })

      it("refuses an unverified distributor's listing even when the listing is approved", async () => {
        const { response, items } = await addToCart(maharashtraListingId)
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(
          "Patil Foods LLP is not a verified distributor yet, so its listings cannot be bought"
        )
        expect(items).toHaveLength(0)
      })

      it("refuses a listing that is not approved, one asked beyond its stock, and a suspended distributor's", async () => {
        await api.post(`/distributor/listings/${gujaratListingId}`, { price: "605" }, gujarat)
        expect((await addToCart(gujaratListingId)).response.status).toBe(400)
        await api.post(`/admin/listings/${gujaratListingId}/review`, { status: "approved" }, demo.admin)
        const tooMany = await addToCart(gujaratListingId, 41)
        expect(tooMany.response.data.message).toBe("Shah Sweets has 40 in stock; 41 were asked for")
        await api.post(`/admin/distributors/${gujaratId}/status`, { status: "suspended", reason: "Audit" }, demo.admin)
        expect((await addToCart(gujaratListingId)).items).toHaveLength(0)
      })

      it("leaves the operator's own catalogue sellable without a listing", async () => {
        const { data } = await api.post("/store/carts", { region_id: demo.region_ids.India }, demo.store)
        const { data: added } = await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: kaju.id, quantity: 1 }, demo.store)
        expect(added.cart.items).toHaveLength(1)
      })
    })

    describe("commission rules", () => {
      it("creates, lists, updates and deletes rules, refusing incoherent ones", async () => {
        const { data: created } = await api.post(
          "/admin/commission-rules",
          { name: "Marketplace default", scope: "default", type: "percent", value: "10", effective_from: "2026-04-01T00:00:00+05:30" },
          demo.admin
        )
        expect(created.commission_rule).toMatchObject({ scope: "default", type: "percent", value: 10 })
        await api.post(
          "/admin/commission-rules",
          { scope: "distributor", scope_id: gujaratId, type: "flat", value: "15.50", effective_from: "2026-04-01" },
          demo.admin
        )

        const refuse = async (body: Record<string, unknown>, message: string) => {
          const res = await fail(api.post("/admin/commission-rules", { effective_from: "2026-04-01", ...body }, demo.admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(message)
        }
        await refuse({ scope: "default", type: "percent", value: "150" }, "cannot exceed 100")
        await refuse({ scope: "product", type: "percent", value: "5" }, "a product rule needs the product's id")
        await refuse({ scope: "default", type: "flat", value: "1.255" }, "up to two decimals")
        await refuse({ scope: "default", type: "percent", value: "-1" }, "non-negative decimal")
        await refuse({ scope: "default", type: "percent", value: "5", effective_to: "2026-03-01" }, "effective_to: must be after")

        const { data: listed } = await api.get("/admin/commission-rules", demo.admin)
        expect(listed.count).toBe(2)

        const badUpdate = await fail(api.post(`/admin/commission-rules/${created.commission_rule.id}`, { value: "101" }, demo.admin))
        expect(badUpdate.data.message).toContain("cannot exceed 100")
        const { data: updated } = await api.post(`/admin/commission-rules/${created.commission_rule.id}`, { value: "12.5" }, demo.admin)
        expect(updated.commission_rule.value).toBe(12.5)

        await api.delete(`/admin/commission-rules/${created.commission_rule.id}`, demo.admin)
        expect((await api.get("/admin/commission-rules", demo.admin)).data.count).toBe(1)
      })

      it("resolves the most specific rule in force and computes the line's commission in paise", async () => {
        const { data: products } = await api.get(
          "/admin/products?handle[]=kaju-katli&handle[]=motichoor-laddoo&fields=id,handle,categories.handle",
          demo.admin
        )
        const productId = (handle: string) => products.products.find((p: { handle: string }) => p.handle === handle)?.id
        const { data: categories } = await api.get("/admin/product-categories?handle=sweets&fields=id", demo.admin)
        const rule = (body: Record<string, unknown>) =>
          api.post("/admin/commission-rules", { effective_from: "2026-04-01T00:00:00+05:30", ...body }, demo.admin)
        await rule({ scope: "default", type: "percent", value: "10" })
        await rule({ scope: "distributor", scope_id: gujaratId, type: "percent", value: "8" })
        await rule({ scope: "category", scope_id: categories.product_categories[0].id, type: "percent", value: "12.5" })
        await rule({ scope: "product", scope_id: productId("kaju-katli"), type: "flat", value: "15" })
        await rule({
          scope: "product",
          scope_id: productId("motichoor-laddoo"),
          type: "percent",
          value: "1",
          effective_from: "2026-01-01",
          effective_to: "2026-04-01",
        })

        const resolve = async (body: Record<string, unknown>) =>
          (await api.post("/admin/commissions/resolve", { quantity: 2, amount: "1280.00", at: "2026-11-22T10:00:00+05:30", ...body }, demo.admin)).data
        const kajuLine = await resolve({ distributor_id: gujaratId, product_id: productId("kaju-katli") })
        expect(kajuLine).toMatchObject({ commission_rule: { scope: "product", type: "flat" }, commission_amount: "30.00" })
        const laddooLine = await resolve({ distributor_id: gujaratId, product_id: productId("motichoor-laddoo"), amount: "999.99" })
        expect(laddooLine).toMatchObject({ commission_rule: { scope: "category" }, commission_amount: "125.00" })
        const pastLaddoo = await resolve({ distributor_id: gujaratId, product_id: productId("motichoor-laddoo"), at: "2026-03-31" })
        expect(pastLaddoo).toMatchObject({ commission_rule: { scope: "product", value: "1" }, commission_amount: "12.80" })
        const noProduct = await resolve({ distributor_id: gujaratId })
        expect(noProduct).toMatchObject({ commission_rule: { scope: "distributor" }, commission_amount: "102.40" })
        const other = await resolve({ distributor_id: maharashtraId, amount: "0.05", quantity: 1 })
        expect(other).toMatchObject({ commission_rule: { scope: "default" }, commission_amount: "0.01" })
      })
    })
  },
})
