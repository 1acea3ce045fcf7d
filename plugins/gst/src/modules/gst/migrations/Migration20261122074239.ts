import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122074239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gst_tcs_period" drop constraint if exists "gst_tcs_period_gstin_period_unique";`);
    this.addSql(`create table if not exists "gst_tcs_period" ("id" text not null, "gstin" text not null, "period" text not null, "closed_at" timestamptz not null, "filed_at" timestamptz null, "filed_by" text null, "arn" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_tcs_period_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tcs_period_deleted_at" ON "gst_tcs_period" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_tcs_period_gstin_period_unique" ON "gst_tcs_period" ("gstin", "period") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "gst_ledger_entry" add column if not exists "rate" numeric null, add column if not exists "supplies_value" numeric null, add column if not exists "returns_value" numeric null, add column if not exists "buyer_registered" boolean null, add column if not exists "raw_rate" jsonb null, add column if not exists "raw_supplies_value" jsonb null, add column if not exists "raw_returns_value" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_entry_type_gstin_period" ON "gst_ledger_entry" ("entry_type", "gstin", "period") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_entry_type_gstin_created_at" ON "gst_ledger_entry" ("entry_type", "gstin", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_reverses_entry_id" ON "gst_ledger_entry" ("reverses_entry_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gst_tcs_period" cascade;`);

    this.addSql(`drop index if exists "IDX_gst_ledger_entry_entry_type_gstin_period";`);
    this.addSql(`drop index if exists "IDX_gst_ledger_entry_entry_type_gstin_created_at";`);
    this.addSql(`drop index if exists "IDX_gst_ledger_entry_reverses_entry_id";`);
    this.addSql(`alter table if exists "gst_ledger_entry" drop column if exists "rate", drop column if exists "supplies_value", drop column if exists "returns_value", drop column if exists "buyer_registered", drop column if exists "raw_rate", drop column if exists "raw_supplies_value", drop column if exists "raw_returns_value";`);
  }

}
