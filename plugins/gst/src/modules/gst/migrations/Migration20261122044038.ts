import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122044038 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gst_tax_document" drop constraint if exists "gst_tax_document_supplier_gstin_document_type_financial_year_number_unique";`);
    this.addSql(`alter table if exists "gst_ledger_entry" drop constraint if exists "gst_ledger_entry_entry_type_source_id_tax_head_unique";`);
    this.addSql(`alter table if exists "gst_hsn_rate" drop constraint if exists "gst_hsn_rate_hsn_code_id_effective_from_unique";`);
    this.addSql(`alter table if exists "gst_hsn_code" drop constraint if exists "gst_hsn_code_code_unique";`);
    this.addSql(`alter table if exists "gst_document_series" drop constraint if exists "gst_document_series_gstin_financial_year_document_type_unique";`);
    this.addSql(`create table if not exists "gst_document_series" ("id" text not null, "gstin" text not null, "financial_year" text not null, "document_type" text check ("document_type" in ('invoice', 'credit_note', 'commission_invoice')) not null, "prefix" text not null, "next_number" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_document_series_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_document_series_deleted_at" ON "gst_document_series" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_document_series_gstin_financial_year_document_type_unique" ON "gst_document_series" ("gstin", "financial_year", "document_type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "gst_hsn_code" ("id" text not null, "code" text not null, "description" text not null, "uqc" text not null default 'NOS', "kind" text check ("kind" in ('goods', 'services')) not null default 'goods', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_hsn_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_hsn_code_deleted_at" ON "gst_hsn_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_hsn_code_code_unique" ON "gst_hsn_code" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "gst_hsn_rate" ("id" text not null, "hsn_code_id" text not null, "effective_from" text not null, "rate" numeric not null, "cess_rate" numeric not null default 0, "notification" text null, "raw_rate" jsonb not null, "raw_cess_rate" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_hsn_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_hsn_rate_hsn_code_id" ON "gst_hsn_rate" ("hsn_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_hsn_rate_deleted_at" ON "gst_hsn_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_hsn_rate_hsn_code_id_effective_from_unique" ON "gst_hsn_rate" ("hsn_code_id", "effective_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "gst_ledger_entry" ("id" text not null, "entry_type" text check ("entry_type" in ('output_tax', 'credit_note', 'tcs', 'reversal')) not null, "source_type" text not null, "source_id" text not null, "gstin" text not null, "counterparty_gstin" text null, "period" text not null, "entry_date" text not null, "tax_head" text check ("tax_head" in ('IGST', 'CGST', 'SGST', 'UTGST', 'CESS')) not null, "taxable_value" numeric not null, "amount" numeric not null, "reverses_entry_id" text null, "note" text null, "raw_taxable_value" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_deleted_at" ON "gst_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_gstin_period_tax_head" ON "gst_ledger_entry" ("gstin", "period", "tax_head") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_source_type_source_id" ON "gst_ledger_entry" ("source_type", "source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_ledger_entry_entry_type_source_id_tax_head_unique" ON "gst_ledger_entry" ("entry_type", "source_id", "tax_head") WHERE deleted_at IS NULL AND entry_type <> 'reversal';`);
    // The ledger is append-only by law of the books, not only by convention: refuse UPDATE and DELETE outright.
    this.addSql(`CREATE OR REPLACE FUNCTION gst_ledger_entry_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'gst_ledger_entry is append-only: post a reversing entry instead of %', TG_OP; END $$ LANGUAGE plpgsql;`);
    this.addSql(`DROP TRIGGER IF EXISTS gst_ledger_entry_append_only ON "gst_ledger_entry";`);
    this.addSql(`CREATE TRIGGER gst_ledger_entry_append_only BEFORE UPDATE OR DELETE ON "gst_ledger_entry" FOR EACH ROW EXECUTE FUNCTION gst_ledger_entry_append_only();`);

    this.addSql(`create table if not exists "gst_return_export" ("id" text not null, "return_type" text check ("return_type" in ('GSTR1', 'GSTR3B', 'GSTR8')) not null, "gstin" text not null, "period" text not null, "status" text check ("status" in ('pending', 'running', 'done', 'failed')) not null default 'pending', "progress" integer not null default 0, "result" jsonb null, "error" text null, "requested_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_return_export_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_return_export_deleted_at" ON "gst_return_export" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "gst_tax_document" ("id" text not null, "document_type" text check ("document_type" in ('invoice', 'credit_note', 'commission_invoice')) not null, "number" text not null, "series_id" text not null, "financial_year" text not null, "issue_date" text not null, "period" text not null, "status" text check ("status" in ('issued', 'cancelled')) not null default 'issued', "order_id" text null, "return_id" text null, "original_document_id" text null, "original_number" text null, "original_issue_date" text null, "reason" text null, "customer_id" text null, "supplier_gstin" text not null, "supplier_legal_name" text not null, "supplier_state_code" text not null, "supplier_address" jsonb not null, "buyer_gstin" text null, "buyer_name" text not null, "buyer_address" jsonb null, "place_of_supply" text not null, "supply_type" text check ("supply_type" in ('b2b', 'b2cl', 'b2cs', 'exp')) not null, "export_type" text check ("export_type" in ('WPAY', 'WOPAY')) null, "sez" boolean not null default false, "reverse_charge" boolean not null default false, "currency_code" text not null default 'inr', "taxable_value" numeric not null, "igst" numeric not null default 0, "cgst" numeric not null default 0, "sgst" numeric not null default 0, "utgst" numeric not null default 0, "cess" numeric not null default 0, "round_off" numeric not null default 0, "total" numeric not null, "metadata" jsonb null, "raw_taxable_value" jsonb not null, "raw_igst" jsonb not null default '{"value":"0","precision":20}', "raw_cgst" jsonb not null default '{"value":"0","precision":20}', "raw_sgst" jsonb not null default '{"value":"0","precision":20}', "raw_utgst" jsonb not null default '{"value":"0","precision":20}', "raw_cess" jsonb not null default '{"value":"0","precision":20}', "raw_round_off" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_tax_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_deleted_at" ON "gst_tax_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_tax_document_supplier_gstin_document_type_financial_year_number_unique" ON "gst_tax_document" ("supplier_gstin", "document_type", "financial_year", "number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_supplier_gstin_period_document_type" ON "gst_tax_document" ("supplier_gstin", "period", "document_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_order_id" ON "gst_tax_document" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_customer_id" ON "gst_tax_document" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_return_id" ON "gst_tax_document" ("return_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "gst_tax_document_line" ("id" text not null, "document_id" text not null, "line_item_id" text null, "line_type" text check ("line_type" in ('item', 'shipping', 'commission')) not null default 'item', "product_id" text null, "variant_id" text null, "description" text not null, "hsn_code" text not null, "uqc" text not null default 'NOS', "quantity" numeric not null, "unit_price" numeric not null, "taxable_value" numeric not null, "rate" numeric not null, "cess_rate" numeric not null default 0, "igst" numeric not null default 0, "cgst" numeric not null default 0, "sgst" numeric not null default 0, "utgst" numeric not null default 0, "cess" numeric not null default 0, "total" numeric not null, "raw_quantity" jsonb not null, "raw_unit_price" jsonb not null, "raw_taxable_value" jsonb not null, "raw_rate" jsonb not null, "raw_cess_rate" jsonb not null default '{"value":"0","precision":20}', "raw_igst" jsonb not null default '{"value":"0","precision":20}', "raw_cgst" jsonb not null default '{"value":"0","precision":20}', "raw_sgst" jsonb not null default '{"value":"0","precision":20}', "raw_utgst" jsonb not null default '{"value":"0","precision":20}', "raw_cess" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_tax_document_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_line_document_id" ON "gst_tax_document_line" ("document_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_line_deleted_at" ON "gst_tax_document_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_tax_document_line_line_item_id" ON "gst_tax_document_line" ("line_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "gst_hsn_rate" add constraint "gst_hsn_rate_hsn_code_id_foreign" foreign key ("hsn_code_id") references "gst_hsn_code" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "gst_tax_document_line" add constraint "gst_tax_document_line_document_id_foreign" foreign key ("document_id") references "gst_tax_document" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "gst_hsn_rate" drop constraint if exists "gst_hsn_rate_hsn_code_id_foreign";`);

    this.addSql(`alter table if exists "gst_tax_document_line" drop constraint if exists "gst_tax_document_line_document_id_foreign";`);

    this.addSql(`drop table if exists "gst_document_series" cascade;`);

    this.addSql(`drop table if exists "gst_hsn_code" cascade;`);

    this.addSql(`drop table if exists "gst_hsn_rate" cascade;`);

    this.addSql(`drop table if exists "gst_ledger_entry" cascade;`);
    this.addSql(`DROP FUNCTION IF EXISTS gst_ledger_entry_append_only();`);

    this.addSql(`drop table if exists "gst_return_export" cascade;`);

    this.addSql(`drop table if exists "gst_tax_document" cascade;`);

    this.addSql(`drop table if exists "gst_tax_document_line" cascade;`);
  }

}
