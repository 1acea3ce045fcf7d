import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122043224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gst_registration" drop constraint if exists "gst_registration_gstin_unique";`);
    this.addSql(`create table if not exists "gst_registration" ("id" text not null, "gstin" text not null, "legal_name" text not null, "trade_name" text null, "state_code" text not null, "address_line_1" text not null, "address_line_2" text null, "city" text not null, "postal_code" text not null, "is_default" boolean not null default false, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gst_registration_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gst_registration_gstin_unique" ON "gst_registration" ("gstin") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_registration_deleted_at" ON "gst_registration" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gst_registration_state_code" ON "gst_registration" ("state_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gst_registration" cascade;`);
  }

}
