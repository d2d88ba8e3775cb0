import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128015042 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_membership" drop constraint if exists "seller_membership_seller_id_producer_id_unique";`);
    this.addSql(`alter table if exists "seller_account" drop constraint if exists "seller_account_phone_unique";`);
    this.addSql(`create table if not exists "seller_account" ("id" text not null, "phone" text not null, "name" text not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "session_version" integer not null default 1, "auth_identity_id" text null, "helper_team_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_account_phone_unique" ON "seller_account" ("phone") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_account_helper_team_id" ON "seller_account" ("helper_team_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_account_deleted_at" ON "seller_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_action" ("id" text not null, "seller_id" text not null, "seller_name" text not null, "seller_phone" text not null, "role" text not null, "producer_id" text not null, "producer_handle" text not null, "producer_name" text not null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "entity_title" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_action_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_action_deleted_at" ON "seller_action" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_action_producer_id" ON "seller_action" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_action_seller_id" ON "seller_action" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_membership" ("id" text not null, "role" text check ("role" in ('owner', 'helper')) not null, "seller_id" text not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_membership_seller_id" ON "seller_membership" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_membership_producer_id" ON "seller_membership" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_membership_deleted_at" ON "seller_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_membership_seller_id_producer_id_unique" ON "seller_membership" ("seller_id", "producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_sign_in_failure" ("id" text not null, "phone" text not null, "ip" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_sign_in_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sign_in_failure_deleted_at" ON "seller_sign_in_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sign_in_failure_phone_ip" ON "seller_sign_in_failure" ("phone", "ip") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sign_in_failure_ip" ON "seller_sign_in_failure" ("ip") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_account" add constraint "seller_account_helper_team_id_foreign" foreign key ("helper_team_id") references "helper_team" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "seller_membership" add constraint "seller_membership_seller_id_foreign" foreign key ("seller_id") references "seller_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "seller_membership" add constraint "seller_membership_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_membership" drop constraint if exists "seller_membership_seller_id_foreign";`);

    this.addSql(`drop table if exists "seller_account" cascade;`);

    this.addSql(`drop table if exists "seller_action" cascade;`);

    this.addSql(`drop table if exists "seller_membership" cascade;`);

    this.addSql(`drop table if exists "seller_sign_in_failure" cascade;`);
  }

}
