import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GST_MODULE, GstModuleService } from "../src/modules/gst"

jest.setTimeout(60 * 1000)

const moduleDir = path.join(__dirname, "..", "src", "modules", "gst")

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

const invoiceEntry = (overrides: Record<string, unknown> = {}) => ({
  entry_type: "output_tax" as const,
  source_type: "tax_document",
  source_id: "gstdoc_INV-24-25-0001",
  gstin: "24AAACH7409R1Z7",
  period: "2026-11",
  entry_date: "2026-11-22",
  tax_head: "CGST" as const,
  taxable_value: 1000,
  amount: 25,
  ...overrides,
})

// The migrations, not the models, carry the append-only trigger: apply them as `medusa db:migrate` does.
moduleIntegrationTestRunner<GstModuleService>({
  moduleName: GST_MODULE,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const knex = () => MikroOrmWrapper.getManager().getConnection().getKnex() as unknown as Knex

    describe("the GST ledger", () => {
      it("records output tax for an invoice, one entry per tax head", async () => {
        const created = await service.createGstLedgerEntries([
          invoiceEntry({ tax_head: "CGST" }),
          invoiceEntry({ tax_head: "SGST" }),
        ])
        expect(created.map((e) => e.tax_head).sort()).toEqual(["CGST", "SGST"])
        expect(created[0].id).toMatch(/^gstle_/)

        const listed = await service.listGstLedgerEntries({ source_id: "gstdoc_INV-24-25-0001" })
        expect(listed).toHaveLength(2)
        expect(listed.map((e) => Number(e.amount))).toEqual([25, 25])
        expect(listed.every((e) => Number(e.taxable_value) === 1000)).toBe(true)
      })

      it("refuses to update an entry through the service, leaving it as written", async () => {
        const [entry] = await service.createGstLedgerEntries([invoiceEntry()])
        await expect(service.updateGstLedgerEntries({ id: entry.id, amount: 1 })).rejects.toThrow(/append-only/)
        const after = await service.retrieveGstLedgerEntry(entry.id)
        expect(Number(after.amount)).toBe(25)
      })

      it("refuses to delete or soft-delete an entry through the service", async () => {
        const [entry] = await service.createGstLedgerEntries([invoiceEntry()])
        await expect(service.deleteGstLedgerEntries(entry.id)).rejects.toThrow(/append-only/)
        await expect(service.softDeleteGstLedgerEntries(entry.id)).rejects.toThrow(/append-only/)
        const after = await service.retrieveGstLedgerEntry(entry.id)
        expect(after.deleted_at).toBeNull()
      })

      it("refuses UPDATE and DELETE in raw SQL too", async () => {
        const [entry] = await service.createGstLedgerEntries([invoiceEntry()])
        await expect(knex().raw(`UPDATE gst_ledger_entry SET amount = 0 WHERE id = ?`, [entry.id])).rejects.toThrow(
          /append-only: post a reversing entry instead of UPDATE/
        )
        await expect(knex().raw(`DELETE FROM gst_ledger_entry WHERE id = ?`, [entry.id])).rejects.toThrow(
          /append-only: post a reversing entry instead of DELETE/
        )
        const { rows } = await knex().raw(`SELECT amount FROM gst_ledger_entry WHERE id = ?`, [entry.id])
        expect(rows).toHaveLength(1)
        expect(Number(rows[0].amount)).toBe(25)
      })

      it("refuses a second entry for the same document and tax head, so a replay cannot double the liability", async () => {
        await service.createGstLedgerEntries([invoiceEntry()])
        await expect(service.createGstLedgerEntries([invoiceEntry({ amount: 99 })])).rejects.toThrow(/already exists/)
        const listed = await service.listGstLedgerEntries({ source_id: "gstdoc_INV-24-25-0001", tax_head: "CGST" })
        expect(listed).toHaveLength(1)
        expect(Number(listed[0].amount)).toBe(25)
      })

      it("corrects a wrong entry with reversing entries, which may repeat for one source", async () => {
        const [wrong] = await service.createGstLedgerEntries([invoiceEntry()])
        const reversal = (n: number) =>
          invoiceEntry({
            entry_type: "reversal",
            source_type: "manual_correction",
            amount: -25,
            taxable_value: -1000,
            reverses_entry_id: wrong.id,
            note: `correction ${n}`,
          })
        await service.createGstLedgerEntries([reversal(1)])
        await service.createGstLedgerEntries([reversal(2)])
        const { rows } = await knex().raw(
          `SELECT sum(amount)::numeric AS net FROM gst_ledger_entry WHERE source_id = ? AND tax_head = 'CGST'`,
          ["gstdoc_INV-24-25-0001"]
        )
        expect(Number(rows[0].net)).toBe(-25)
      })
    })
  },
})
