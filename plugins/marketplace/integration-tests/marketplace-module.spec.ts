import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { exact } from "../src/lib/exact"
import { MARKETPLACE_MODULE, MarketplaceModuleService } from "../src/modules/marketplace"

jest.setTimeout(60 * 1000)

const GSTIN = "24AAACB1234C1Z6"

moduleIntegrationTestRunner<MarketplaceModuleService>({
  moduleName: MARKETPLACE_MODULE,
  resolve: path.join(__dirname, "../src/modules/marketplace"),
  moduleOptions: { encryption_key: "module-test-key" },
  testSuite: ({ service }) => {
    const createDistributor = (overrides: Record<string, unknown> = {}) =>
      service.createDistributors({
        slug: "shah-traders",
        legal_name: "Shah Traders Private Limited",
        email: "accounts@shah.example.in",
        gstin: GSTIN,
        state_code: "24",
        pan: "AAACB1234C",
        ...overrides,
      })

    it("creates a distributor as pending with a unique slug and GSTIN", async () => {
      const distributor = await createDistributor()
      expect(distributor.status).toBe("pending")
      await expect(createDistributor({ gstin: "27AAACB1234C1Z2" })).rejects.toThrow(/slug/)
      await expect(createDistributor({ slug: "other" })).rejects.toThrow(/gstin/)
    })

    it("records every status change with who, when and why, and refuses a jump the machine forbids", async () => {
      const distributor = await createDistributor()
      await expect(
        service.changeDistributorStatus(distributor.id, "verified", { actor_type: "user", actor_id: "user_1" })
      ).rejects.toThrow("a pending distributor cannot become verified")

      await service.changeDistributorStatus(distributor.id, "in_review", { actor_type: "distributor", actor_id: "m_1" })
      await service.changeDistributorStatus(distributor.id, "rejected", { actor_type: "user", actor_id: "user_1" }, "PAN card unreadable")

      const reloaded = await service.retrieveDistributor(distributor.id, { relations: ["status_changes"] })
      expect(reloaded.status).toBe("rejected")
      expect(reloaded.status_reason).toBe("PAN card unreadable")
      const history = [...reloaded.status_changes].sort((a, b) => +new Date(a.changed_at) - +new Date(b.changed_at))
      expect(history.map((c) => [c.from_status, c.to_status, c.actor_type, c.actor_id, c.reason])).toEqual([
        ["pending", "in_review", "distributor", "m_1", null],
        ["in_review", "rejected", "user", "user_1", "PAN card unreadable"],
      ])
    })

    it("leaves the status untouched when the transition fails", async () => {
      const distributor = await createDistributor()
      await service.changeDistributorStatus(distributor.id, "in_review", { actor_type: "system" })
      await expect(
        service.changeDistributorStatus(distributor.id, "rejected", { actor_type: "user", actor_id: "u" }, "  ")
      ).rejects.toThrow("reason is required")
      const reloaded = await service.retrieveDistributor(distributor.id, { relations: ["status_changes"] })
      expect(reloaded.status).toBe("in_review")
      expect(reloaded.status_changes).toHaveLength(1)
    })

    it("stores the bank account number encrypted and keeps only its last four digits readable", async () => {
      const distributor = await createDistributor()
      await service.setDistributorBankDetails(distributor.id, {
        account_name: "Shah Traders Pvt Ltd",
        account_number: "5010 0123 4567 89",
        ifsc: "hdfc0001234",
      })
      const reloaded = await service.retrieveDistributor(distributor.id)
      expect(reloaded.bank_account_last4).toBe("6789")
      expect(reloaded.bank_ifsc).toBe("HDFC0001234")
      expect(reloaded.bank_account_encrypted).toMatch(/^v1:/)
      expect(JSON.stringify(reloaded)).not.toContain("50100123456789")
      await expect(
        service.setDistributorBankDetails(distributor.id, { account_name: "x", account_number: "12", ifsc: "HDFC0001234" })
      ).rejects.toThrow("9 to 18 digits")
    })

    it("keeps listing prices exact and one listing per SKU per distributor", async () => {
      const distributor = await createDistributor()
      const listing = await service.createListings({
        distributor_id: distributor.id,
        variant_id: "variant_1",
        product_id: "prod_1",
        sku: "SHAH-KAJU-500",
        price: exact("612.35"),
        mrp: exact("640"),
      })
      const [reloaded] = await service.listListings({ id: listing.id })
      expect(reloaded.status).toBe("pending")
      expect(String(reloaded.price)).toBe("612.35")
      await expect(
        service.createListings({ distributor_id: distributor.id, variant_id: "variant_2", sku: "SHAH-KAJU-500", price: 1, mrp: 1 })
      ).rejects.toThrow(/sku/)
    })

    it("closes a settlement period once per distributor", async () => {
      const distributor = await createDistributor()
      const period = { period_start: new Date("2026-10-01T00:00:00+05:30"), period_end: new Date("2026-10-31T23:59:59+05:30") }
      await service.createSettlements({ distributor_id: distributor.id, ...period })
      await expect(service.createSettlements({ distributor_id: distributor.id, ...period })).rejects.toThrow()
    })
  },
})
