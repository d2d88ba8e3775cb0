import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128015344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "destination" drop constraint if exists "destination_slug_unique";`);
    this.addSql(`create table if not exists "destination" ("id" text not null, "slug" text not null, "title" text not null, "title_en" text not null, "summary" text not null, "summary_en" text not null, "body" text not null, "body_en" text null, "area" text not null, "latitude" real not null, "longitude" real not null, "coordinates_approximate" boolean not null default true, "best_season" text null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "published_at" timestamptz null, "author" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "destination_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_destination_slug_unique" ON "destination" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_destination_deleted_at" ON "destination" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_destination_status" ON "destination" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_destination_area" ON "destination" ("area") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "destination" cascade;`);
  }

}
