import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122050049 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_distributor_order_line_id_type_unique";`);
    this.addSql(`alter table if exists "settlement" drop constraint if exists "settlement_distributor_id_period_start_period_end_unique";`);
    this.addSql(`alter table if exists "listing" drop constraint if exists "listing_distributor_id_variant_id_unique";`);
    this.addSql(`alter table if exists "listing" drop constraint if exists "listing_distributor_id_sku_unique";`);
    this.addSql(`alter table if exists "distributor_order_line" drop constraint if exists "distributor_order_line_line_item_id_unique";`);
    this.addSql(`alter table if exists "distributor_order" drop constraint if exists "distributor_order_order_id_distributor_id_unique";`);
    this.addSql(`alter table if exists "distributor_member" drop constraint if exists "distributor_member_email_unique";`);
    this.addSql(`alter table if exists "distributor" drop constraint if exists "distributor_gstin_unique";`);
    this.addSql(`alter table if exists "distributor" drop constraint if exists "distributor_slug_unique";`);
    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "name" text null, "scope" text check ("scope" in ('default', 'distributor', 'category', 'product')) not null, "scope_id" text null, "type" text check ("type" in ('percent', 'flat')) not null, "value" numeric not null, "currency_code" text not null default 'inr', "effective_from" timestamptz not null, "effective_to" timestamptz null, "priority" integer not null default 0, "is_active" boolean not null default true, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_scope_scope_id" ON "commission_rule" ("scope", "scope_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_effective_from" ON "commission_rule" ("effective_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distributor" ("id" text not null, "slug" text not null, "legal_name" text not null, "trade_name" text null, "email" text not null, "phone" text null, "website" text null, "description" text null, "contact_name" text null, "contact_email" text null, "contact_phone" text null, "addresses" jsonb null, "gstin" text not null, "state_code" text not null, "pan" text not null, "bank_account_name" text null, "bank_ifsc" text null, "bank_name" text null, "bank_account_last4" text null, "bank_account_encrypted" text null, "status" text check ("status" in ('pending', 'in_review', 'verified', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "verified_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_slug_unique" ON "distributor" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_gstin_unique" ON "distributor" ("gstin") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_deleted_at" ON "distributor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_status" ON "distributor" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distributor_member" ("id" text not null, "distributor_id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "status" text check ("status" in ('invited', 'active')) not null default 'invited', "auth_identity_id" text null, "invited_by" text null, "invite_token_hash" text null, "invite_expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_member_distributor_id" ON "distributor_member" ("distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_member_deleted_at" ON "distributor_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_member_email_unique" ON "distributor_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_member_invite_token_hash" ON "distributor_member" ("invite_token_hash") WHERE invite_token_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distributor_order" ("id" text not null, "order_id" text not null, "distributor_id" text not null, "status" text check ("status" in ('pending', 'accepted', 'packed', 'shipped', 'delivered', 'cancelled', 'returned')) not null default 'pending', "currency_code" text not null default 'inr', "item_subtotal" numeric not null default 0, "tax_total" numeric not null default 0, "shipping_total" numeric not null default 0, "total" numeric not null default 0, "commission_total" numeric not null default 0, "carrier" text null, "tracking_number" text null, "tracking_url" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null, "metadata" jsonb null, "raw_item_subtotal" jsonb not null default '{"value":"0","precision":20}', "raw_tax_total" jsonb not null default '{"value":"0","precision":20}', "raw_shipping_total" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null default '{"value":"0","precision":20}', "raw_commission_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_distributor_id" ON "distributor_order" ("distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_deleted_at" ON "distributor_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_order_order_id_distributor_id_unique" ON "distributor_order" ("order_id", "distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_distributor_id_status" ON "distributor_order" ("distributor_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_distributor_id_created_at" ON "distributor_order" ("distributor_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distributor_order_line" ("id" text not null, "distributor_order_id" text not null, "line_item_id" text not null, "listing_id" text null, "product_id" text null, "variant_id" text null, "sku" text null, "quantity" integer not null, "unit_price" numeric not null, "subtotal" numeric not null, "tax_total" numeric not null default 0, "total" numeric not null, "commission_rule_id" text null, "commission_type" text check ("commission_type" in ('percent', 'flat')) null, "commission_value" numeric null, "commission_amount" numeric not null default 0, "status" text check ("status" in ('pending', 'fulfilled', 'cancelled', 'returned')) not null default 'pending', "returned_quantity" integer not null default 0, "raw_unit_price" jsonb not null, "raw_subtotal" jsonb not null, "raw_tax_total" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null, "raw_commission_value" jsonb null, "raw_commission_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_line_distributor_order_id" ON "distributor_order_line" ("distributor_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_line_deleted_at" ON "distributor_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_order_line_line_item_id_unique" ON "distributor_order_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_order_line_listing_id" ON "distributor_order_line" ("listing_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distributor_status_change" ("id" text not null, "distributor_id" text not null, "from_status" text check ("from_status" in ('pending', 'in_review', 'verified', 'rejected', 'suspended')) null, "to_status" text check ("to_status" in ('pending', 'in_review', 'verified', 'rejected', 'suspended')) not null, "actor_type" text check ("actor_type" in ('user', 'distributor', 'system')) not null, "actor_id" text null, "reason" text null, "changed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_status_change_distributor_id" ON "distributor_status_change" ("distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_status_change_deleted_at" ON "distributor_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_status_change_distributor_id_changed_at" ON "distributor_status_change" ("distributor_id", "changed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kyc_document" ("id" text not null, "distributor_id" text not null, "type" text check ("type" in ('gst_certificate', 'pan_card', 'cancelled_cheque', 'address_proof', 'incorporation_certificate', 'trade_licence', 'fssai_licence', 'other')) not null, "file_id" text not null, "file_url" text not null, "filename" text null, "mime_type" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "uploaded_by" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kyc_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kyc_document_distributor_id" ON "kyc_document" ("distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kyc_document_deleted_at" ON "kyc_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kyc_document_distributor_id_type" ON "kyc_document" ("distributor_id", "type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kyc_document_status" ON "kyc_document" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "listing" ("id" text not null, "distributor_id" text not null, "product_id" text null, "variant_id" text null, "proposed_product" jsonb null, "sku" text not null, "price" numeric not null, "mrp" numeric not null, "currency_code" text not null default 'inr', "stock_location_id" text null, "stocked_quantity" integer not null default 0, "low_stock_threshold" integer not null default 0, "status" text check ("status" in ('draft', 'pending', 'approved', 'rejected', 'paused')) not null default 'pending', "submitted_at" timestamptz null, "reviewed_by" text null, "reviewed_at" timestamptz null, "reason" text null, "metadata" jsonb null, "raw_price" jsonb not null, "raw_mrp" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_distributor_id" ON "listing" ("distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_deleted_at" ON "listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_listing_distributor_id_sku_unique" ON "listing" ("distributor_id", "sku") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_listing_distributor_id_variant_id_unique" ON "listing" ("distributor_id", "variant_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_variant_id_status" ON "listing" ("variant_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_status" ON "listing" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement" ("id" text not null, "distributor_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "currency_code" text not null default 'inr', "gross_amount" numeric not null default 0, "returns_amount" numeric not null default 0, "commission_amount" numeric not null default 0, "gst_on_commission" numeric not null default 0, "tcs_amount" numeric not null default 0, "tds_amount" numeric not null default 0, "adjustment_amount" numeric not null default 0, "net_payable" numeric not null default 0, "status" text check ("status" in ('open', 'closed', 'paid', 'cancelled')) not null default 'open', "reference" text null, "closed_at" timestamptz null, "metadata" jsonb null, "raw_gross_amount" jsonb not null default '{"value":"0","precision":20}', "raw_returns_amount" jsonb not null default '{"value":"0","precision":20}', "raw_commission_amount" jsonb not null default '{"value":"0","precision":20}', "raw_gst_on_commission" jsonb not null default '{"value":"0","precision":20}', "raw_tcs_amount" jsonb not null default '{"value":"0","precision":20}', "raw_tds_amount" jsonb not null default '{"value":"0","precision":20}', "raw_adjustment_amount" jsonb not null default '{"value":"0","precision":20}', "raw_net_payable" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_distributor_id" ON "settlement" ("distributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_deleted_at" ON "settlement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_distributor_id_period_start_period_end_unique" ON "settlement" ("distributor_id", "period_start", "period_end") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_status" ON "settlement" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "settlement_id" text not null, "distributor_id" text not null, "amount" numeric not null, "currency_code" text not null default 'inr', "method" text check ("method" in ('neft', 'rtgs', 'imps', 'upi', 'other')) not null default 'neft', "status" text check ("status" in ('pending', 'processing', 'paid', 'failed')) not null default 'pending', "reference" text null, "paid_at" timestamptz null, "failure_reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_settlement_id" ON "payout" ("settlement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_distributor_id_status" ON "payout" ("distributor_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_line" ("id" text not null, "settlement_id" text not null, "type" text check ("type" in ('sale', 'return', 'adjustment')) not null, "distributor_order_id" text null, "distributor_order_line_id" text null, "description" text null, "gross_amount" numeric not null default 0, "commission_amount" numeric not null default 0, "gst_on_commission" numeric not null default 0, "tcs_amount" numeric not null default 0, "tds_amount" numeric not null default 0, "net_amount" numeric not null default 0, "raw_gross_amount" jsonb not null default '{"value":"0","precision":20}', "raw_commission_amount" jsonb not null default '{"value":"0","precision":20}', "raw_gst_on_commission" jsonb not null default '{"value":"0","precision":20}', "raw_tcs_amount" jsonb not null default '{"value":"0","precision":20}', "raw_tds_amount" jsonb not null default '{"value":"0","precision":20}', "raw_net_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_line_settlement_id" ON "settlement_line" ("settlement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_line_deleted_at" ON "settlement_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_line_distributor_order_line_id_type_unique" ON "settlement_line" ("distributor_order_line_id", "type") WHERE deleted_at IS NULL AND distributor_order_line_id IS NOT NULL;`);

    this.addSql(`alter table if exists "distributor_member" add constraint "distributor_member_distributor_id_foreign" foreign key ("distributor_id") references "distributor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "distributor_order" add constraint "distributor_order_distributor_id_foreign" foreign key ("distributor_id") references "distributor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "distributor_order_line" add constraint "distributor_order_line_distributor_order_id_foreign" foreign key ("distributor_order_id") references "distributor_order" ("id") on update cascade;`);

    this.addSql(`alter table if exists "distributor_status_change" add constraint "distributor_status_change_distributor_id_foreign" foreign key ("distributor_id") references "distributor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "kyc_document" add constraint "kyc_document_distributor_id_foreign" foreign key ("distributor_id") references "distributor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "listing" add constraint "listing_distributor_id_foreign" foreign key ("distributor_id") references "distributor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "settlement" add constraint "settlement_distributor_id_foreign" foreign key ("distributor_id") references "distributor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "payout" add constraint "payout_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade;`);

    this.addSql(`alter table if exists "settlement_line" add constraint "settlement_line_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "distributor_member" drop constraint if exists "distributor_member_distributor_id_foreign";`);

    this.addSql(`alter table if exists "distributor_order" drop constraint if exists "distributor_order_distributor_id_foreign";`);

    this.addSql(`alter table if exists "distributor_status_change" drop constraint if exists "distributor_status_change_distributor_id_foreign";`);

    this.addSql(`alter table if exists "kyc_document" drop constraint if exists "kyc_document_distributor_id_foreign";`);

    this.addSql(`alter table if exists "listing" drop constraint if exists "listing_distributor_id_foreign";`);

    this.addSql(`alter table if exists "settlement" drop constraint if exists "settlement_distributor_id_foreign";`);

    this.addSql(`alter table if exists "distributor_order_line" drop constraint if exists "distributor_order_line_distributor_order_id_foreign";`);

    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_settlement_id_foreign";`);

    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_settlement_id_foreign";`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "distributor" cascade;`);

    this.addSql(`drop table if exists "distributor_member" cascade;`);

    this.addSql(`drop table if exists "distributor_order" cascade;`);

    this.addSql(`drop table if exists "distributor_order_line" cascade;`);

    this.addSql(`drop table if exists "distributor_status_change" cascade;`);

    this.addSql(`drop table if exists "kyc_document" cascade;`);

    this.addSql(`drop table if exists "listing" cascade;`);

    this.addSql(`drop table if exists "settlement" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "settlement_line" cascade;`);
  }

}
