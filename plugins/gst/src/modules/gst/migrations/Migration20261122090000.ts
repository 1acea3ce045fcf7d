import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The quantity of a document line in the UQC it is reported in (CGST Rules r.46(i); GSTR-1 Table 12), beside the
 * pack count: `reported_uqc`, `reported_quantity` and the pack's `net_quantity` (utils/uqc-quantity.ts).
 *
 * Lines issued before carry only a pack count and no net quantity, so they cannot be converted: their packs are
 * kept as a count, under PAC when the HSN measured them by mass or volume (instead of the "3 KGS" they showed),
 * under their own UQC when it counts, and as NA with no quantity for services. The measure list must stay the
 * one of MEASURE_UQC in utils/uqc-quantity.ts.
 */
export class Migration20261122090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gst_tax_document_line" add column if not exists "reported_uqc" text not null default 'NOS', add column if not exists "reported_quantity" numeric not null default 0, add column if not exists "net_quantity" text null, add column if not exists "raw_reported_quantity" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`UPDATE "gst_tax_document_line" SET
      reported_uqc = (CASE WHEN uqc = 'NA' OR hsn_code LIKE '99%' THEN 'NA'
        WHEN uqc IN ('GMS', 'TGM', 'KGS', 'QTL', 'TON', 'MTS', 'MLT', 'CCM', 'LTR', 'KLR', 'CBM', 'UGS') THEN 'PAC' ELSE uqc END),
      reported_quantity = (CASE WHEN uqc = 'NA' OR hsn_code LIKE '99%' THEN 0 ELSE quantity END),
      raw_reported_quantity = jsonb_build_object('value', (CASE WHEN uqc = 'NA' OR hsn_code LIKE '99%' THEN 0 ELSE quantity END)::text, 'precision', 20);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "gst_tax_document_line" drop column if exists "reported_uqc", drop column if exists "reported_quantity", drop column if exists "net_quantity", drop column if exists "raw_reported_quantity";`);
  }

}
