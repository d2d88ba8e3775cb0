import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128063317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "status_read" ("id" text not null, "user_id" text not null, "user_email" text null, "purpose" text check ("purpose" in ('household', 'impact_report')) not null, "producer_id" text null, "producer_handle" text null, "reason" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "status_read_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_status_read_deleted_at" ON "status_read" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_status_read_producer_id" ON "status_read" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_status_read_created_at" ON "status_read" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "status_read" cascade;`);
  }

}
