import { Migration20261122080000 } from "../migrations/Migration20261122080000"
import { Migration20261122100000 } from "../migrations/Migration20261122100000"
import { CREATE_LINES, INSERT_ROLLUP, ROLLUP_TABLE, sectionKey } from "./sql"

async function queriesOf(migration: { up: () => Promise<void>; getQueries: () => unknown[] }): Promise<string[]> {
  await migration.up()
  return migration.getQueries().map(String)
}

describe("GSTR-1 rollup", () => {
  it("keeps the section key of the documents' statistics in the rollup GSTR-1 groups by", async () => {
    const statistics = (await queriesOf(new Migration20261122080000(null as never, {} as never))).find((sql) => sql.startsWith("CREATE STATISTICS"))
    expect(statistics).toContain(`ON (${sectionKey((column) => column)}) FROM "gst_tax_document"`)
    expect(INSERT_ROLLUP).toContain(`(d.document_type = 'credit_note'), ${sectionKey((column) => `d.${column}`)},`)
  })

  it("backfills existing documents with the very statement the service runs when it issues one", async () => {
    // When INSERT_ROLLUP changes, the rollup of documents already issued is stale: a new migration rebuilds it
    // and this test moves to that migration.
    const queries = await queriesOf(new Migration20261122100000(null as never, {} as never))
    const backfill = queries.find((sql) => sql.startsWith("WITH rollup AS"))
    const normalize = (sql: string) => sql.replace(/\s+/g, " ").replace(/;$/, "")
    expect(normalize(backfill ?? "")).toBe(
      normalize(INSERT_ROLLUP.replace("d.id = ANY(?::text[])", `NOT EXISTS (SELECT 1 FROM ${ROLLUP_TABLE} r WHERE r.document_id = d.id)`))
    )
  })

  it("groups the period by the columns the rollup's statistics are on", async () => {
    const queries = await queriesOf(new Migration20261122100000(null as never, {} as never))
    const statistics = queries.find((sql) => sql.startsWith("CREATE STATISTICS"))
    expect(statistics).toContain("ON section_key, large, intra, hsn_code, uqc, rate FROM")
    expect(CREATE_LINES).toContain("SELECT r.section_key, r.large, r.intra, r.hsn_code, r.uqc, r.rate,")
    expect(CREATE_LINES).toContain("GROUP BY 1, 2, 3, 4, 5, 6")
  })
})
