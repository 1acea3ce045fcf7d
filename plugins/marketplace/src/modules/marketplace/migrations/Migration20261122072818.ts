import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122072818 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "distributor" add column if not exists "gstin_status" text check ("gstin_status" in ('active', 'suspended', 'cancelled')) not null default 'active', add column if not exists "gstin_status_reason" text null, add column if not exists "gstin_status_changed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "distributor" drop column if exists "gstin_status", drop column if exists "gstin_status_reason", drop column if exists "gstin_status_changed_at";`);
  }

}
