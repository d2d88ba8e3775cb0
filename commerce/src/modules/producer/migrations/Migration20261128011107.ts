import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128011107 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`alter table if exists "helper_team" drop constraint if exists "helper_team_handle_unique";`);
    this.addSql(`create table if not exists "helper_team" ("id" text not null, "handle" text not null, "name" text not null, "area" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helper_team_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helper_team_handle_unique" ON "helper_team" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helper_team_deleted_at" ON "helper_team" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "area" text not null, "area_name" text not null, "ethnicity" text null, "story_vi" text null, "story_en" text null, "public_profile_consent" boolean not null default false, "consent_updated_at" timestamptz null, "verification_status" text check ("verification_status" in ('pending', 'verified', 'suspended')) not null default 'pending', "household_status" text check ("household_status" in ('poor', 'near_poor', 'recently_escaped', 'none')) null, "phone" text null, "helper_team_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_helper_team_id" ON "producer" ("helper_team_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_area" ON "producer" ("area") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_verification_status" ON "producer" ("verification_status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer" add constraint "producer_helper_team_id_foreign" foreign key ("helper_team_id") references "helper_team" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_helper_team_id_foreign";`);

    this.addSql(`drop table if exists "helper_team" cascade;`);

    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
