import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128092631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop table if exists "seller_sign_in_failure" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table if not exists "seller_sign_in_failure" ("id" text not null, "phone" text not null, "ip" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_sign_in_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sign_in_failure_deleted_at" ON "seller_sign_in_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sign_in_failure_phone_ip" ON "seller_sign_in_failure" ("phone", "ip") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_sign_in_failure_ip" ON "seller_sign_in_failure" ("ip") WHERE deleted_at IS NULL;`);
  }

}
