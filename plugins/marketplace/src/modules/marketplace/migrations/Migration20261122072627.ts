import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122072627 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "distributor_member" add column if not exists "invite_notification_id" text null, add column if not exists "invite_email_sent_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "distributor_member" drop column if exists "invite_notification_id", drop column if exists "invite_email_sent_at";`);
  }

}
