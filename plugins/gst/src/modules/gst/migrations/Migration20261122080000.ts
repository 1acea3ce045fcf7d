import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Statistics for GSTR-1's one-pass grouping of a period's lines (returns/sql.ts, CREATE_LINES). The grouping key
 * starts with the document's section key (exp / b2b / place of supply); without statistics on that expression
 * PostgreSQL multiplies out the columns inside it, expects about one group per line and aggregates a month in
 * one process. With them it expects the few dozen values there are and aggregates in parallel workers.
 * The expression must stay identical to sectionKey() in returns/sql.ts (a unit test checks it).
 */
export class Migration20261122080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE STATISTICS IF NOT EXISTS "STAT_gst_tax_document_section_key" ON ((CASE WHEN supply_type = 'exp' OR place_of_supply = '96' THEN 'exp' WHEN COALESCE(buyer_gstin, '') <> '' THEN 'b2b' ELSE place_of_supply END)) FROM "gst_tax_document";`);
    this.addSql(`ANALYZE "gst_tax_document";`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP STATISTICS IF EXISTS "STAT_gst_tax_document_section_key";`);
  }

}
