import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128015645 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "photo" ("id" text not null, "owner_type" text check ("owner_type" in ('product')) not null, "owner_id" text not null, "width" integer not null, "height" integer not null, "placeholder" text not null, "variants" jsonb not null, "file_ids" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "photo_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photo_deleted_at" ON "photo" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photo_owner_type_owner_id" ON "photo" ("owner_type", "owner_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "photo" cascade;`);
  }

}
