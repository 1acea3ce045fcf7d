import { Migration20261122080000 } from "../migrations/Migration20261122080000"
import { CREATE_ITEMS, CREATE_LINES, sectionKey } from "./sql"

describe("GSTR-1 one-pass grouping", () => {
  it("groups by the very expression the section-key statistics are built on", async () => {
    const migration = new Migration20261122080000(null as never, {} as never)
    await migration.up()
    const statistics = migration.getQueries().map(String).find((sql) => sql.startsWith("CREATE STATISTICS"))
    expect(statistics).toContain(`ON (${sectionKey((column) => column)}) FROM "gst_tax_document"`)
    expect(CREATE_LINES).toContain(`SELECT ${sectionKey((column) => `d.${column}`)} AS section_key`)
    expect(CREATE_ITEMS).toContain(`${sectionKey((column) => `d.${column}`)} IN ('exp', 'b2b')`)
  })
})
