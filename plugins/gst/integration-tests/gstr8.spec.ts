import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GST_MODULE, GstModuleService } from "../src/modules/gst"
import type { TcsCollectionInput } from "../src/modules/gst/tcs/rules"

jest.setTimeout(60 * 1000)

const moduleDir = path.join(__dirname, "..", "src", "modules", "gst")
const OPERATOR = "24AAHCH4821K1ZK"
const A = "24AAACS1234A1Z1"
const B = "27AAFFM5678B1Z2"

/** One supplier's collection with one group; figures written out as the rate gives them. */
const collection = (over: Partial<TcsCollectionInput> & { group: TcsCollectionInput["groups"][number] }): TcsCollectionInput => ({
  source_type: "marketplace_settlement",
  source_id: "stl_a_june",
  gstin: OPERATOR,
  counterparty_gstin: A,
  period: "2024-06",
  entry_date: "2024-07-01",
  groups: [over.group],
  ...over,
})
// A, intra-State, June 2024 at 1%: (10,000.00 − 1,000.00) × 0.5% = 45.00 CGST + 45.00 SGST
const aJune = { rate: "1", intra_state: true, buyer_registered: false, supplies: "10000.00", returns: "1000.00", net: "9000.00", cgst: "45.00", sgst: "45.00", igst: "0.00" }
// B, inter-State, June 2024 at 1%: 2,000.55 × 1% = 20.0055 → 20.01 IGST, to registered buyers
const bJune = { rate: "1", intra_state: false, buyer_registered: true, supplies: "2000.55", returns: "0.00", net: "2000.55", cgst: "0.00", sgst: "0.00", igst: "20.01" }

moduleIntegrationTestRunner<GstModuleService>({
  moduleName: GST_MODULE,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service }) => {
    describe("TCS in the ledger and GSTR-8", () => {
      it("reports each supplier's supplies, returns, net value and TCS by head, once the period is closed", async () => {
        await service.postTcsCollection(collection({ group: aJune }))
        await service.postTcsCollection(collection({ source_id: "stl_b_june", counterparty_gstin: B, group: bJune }))

        await expect(service.gstr8({ gstin: OPERATOR, period: "2024-06" })).rejects.toThrow(/GSTR-8 for 2024-06 .* is not ready: the period is not closed/)
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-06" })

        const statement = await service.gstr8({ gstin: OPERATOR, period: "2024-06" })
        expect(statement.fp).toBe("062024")
        expect(statement.tcs).toEqual([
          { section: "tcs", original_period: null, stin: A, sup_r: "0.00", retsup_r: "0.00", sup_u: "10000.00", retsup_u: "1000.00", amt: "9000.00", iamt: "0.00", camt: "45.00", samt: "45.00" },
          { section: "tcs", original_period: null, stin: B, sup_r: "2000.55", retsup_r: "0.00", sup_u: "0.00", retsup_u: "0.00", amt: "2000.55", iamt: "20.01", camt: "0.00", samt: "0.00" },
        ])
        expect(statement.tcsa).toEqual([])
        expect(JSON.parse(statement.json).tcs[1]).toEqual({ stin: B, supR: 2000.55, retsupR: 0, supU: 0, retsupU: 0, amt: 2000.55, iamt: 20.01, camt: 0, samt: 0 })
      })

      it("posts a source once: a replay writes nothing and returns the rows already there", async () => {
        const first = await service.postTcsCollection(collection({ group: aJune }))
        const again = await service.postTcsCollection(collection({ group: aJune }))
        expect(first.created).toBe(true)
        expect(again).toEqual({ created: false, entry_ids: [...first.entry_ids].sort() })
        expect(await service.listGstLedgerEntries({ entry_type: "tcs" })).toHaveLength(2)
      })

      it("refuses TCS the rate does not give and writes nothing", async () => {
        await expect(service.postTcsCollection(collection({ group: { ...aJune, cgst: "45.01" } }))).rejects.toThrow(/CGST 45.01 is not 45.00/)
        expect(await service.listGstLedgerEntries({ entry_type: "tcs" })).toHaveLength(0)
      })

      it("reports TCS posted for a period after it was filed as an amendment (tcsa) of that period in the next statement", async () => {
        await service.postTcsCollection(collection({ group: aJune }))
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-06" })
        const filed = await service.fileTcsPeriod({ gstin: OPERATOR, period: "2024-06", arn: "AA240724000001X" })
        expect(filed.filed_at).toBeTruthy()

        // Late: B's June settlement is posted after June's GSTR-8 went in; and July's own supplies.
        await service.postTcsCollection(collection({ source_id: "stl_b_june", counterparty_gstin: B, group: bJune }))
        // July at 0.5% for supplies from 10 Jul 2024: 4,000.00 × 0.25% = 10.00 each half
        const aJuly = { rate: "0.5", intra_state: true, buyer_registered: false, supplies: "4000.00", returns: "0.00", net: "4000.00", cgst: "10.00", sgst: "10.00", igst: "0.00" }
        await service.postTcsCollection(collection({ source_id: "stl_a_july", period: "2024-07", group: aJuly }))

        // June as filed does not move.
        const june = await service.gstr8({ gstin: OPERATOR, period: "2024-06" })
        expect(june.tcs.map((r) => r.stin)).toEqual([A])

        await expect(service.gstr8({ gstin: OPERATOR, period: "2024-07" })).rejects.toThrow(/not closed/)
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-07" })
        const july = await service.gstr8({ gstin: OPERATOR, period: "2024-07" })
        expect(july.tcs).toEqual([
          { section: "tcs", original_period: null, stin: A, sup_r: "0.00", retsup_r: "0.00", sup_u: "4000.00", retsup_u: "0.00", amt: "4000.00", iamt: "0.00", camt: "10.00", samt: "10.00" },
        ])
        expect(july.tcsa).toEqual([
          { section: "tcsa", original_period: "2024-06", stin: B, sup_r: "2000.55", retsup_r: "0.00", sup_u: "0.00", retsup_u: "0.00", amt: "2000.55", iamt: "20.01", camt: "0.00", samt: "0.00" },
        ])
        expect(JSON.parse(july.json).tcsa[0]).toMatchObject({ ofp: "062024", ostin: B, stin: B, iamt: 20.01 })

        // Once July is filed, August's statement carries no June amendment again.
        await service.fileTcsPeriod({ gstin: OPERATOR, period: "2024-07" })
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-08" })
        const august = await service.gstr8({ gstin: OPERATOR, period: "2024-08" })
        expect(august.tcs).toEqual([])
        expect(august.tcsa).toEqual([])
      })

      it("counts a reversal of a TCS row in the row's own period, as an amendment once that period is filed", async () => {
        const posted = await service.postTcsCollection(collection({ source_id: "stl_b_june", counterparty_gstin: B, group: bJune }))
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-06" })
        await service.fileTcsPeriod({ gstin: OPERATOR, period: "2024-06" })
        await service.reverseLedgerEntry({ id: posted.entry_ids[0], reason: "settlement rolled back" })
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-07" })
        const july = await service.gstr8({ gstin: OPERATOR, period: "2024-07" })
        expect(july.tcsa).toEqual([
          { section: "tcsa", original_period: "2024-06", stin: B, sup_r: "0.00", retsup_r: "0.00", sup_u: "0.00", retsup_u: "0.00", amt: "0.00", iamt: "0.00", camt: "0.00", samt: "0.00" },
        ])
      })

      it("files only a closed period, and filing twice keeps the first filing", async () => {
        await expect(service.fileTcsPeriod({ gstin: OPERATOR, period: "2024-09" })).rejects.toThrow(/not closed/)
        await service.closeTcsPeriod({ gstin: OPERATOR, period: "2024-09" })
        const first = await service.fileTcsPeriod({ gstin: OPERATOR, period: "2024-09", arn: "ARN1" })
        const second = await service.fileTcsPeriod({ gstin: OPERATOR, period: "2024-09", arn: "ARN2" })
        expect(second).toEqual(first)
        expect(second.arn).toBe("ARN1")
      })
    })
  },
})
