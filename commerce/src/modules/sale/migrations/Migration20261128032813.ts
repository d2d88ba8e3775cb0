import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128032813 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_entry" drop constraint if exists "payout_entry_parcel_id_kind_unique";`);
    this.addSql(`alter table if exists "household_parcel" drop constraint if exists "household_parcel_order_id_producer_id_unique";`);
    this.addSql(`create table if not exists "household_parcel" ("id" text not null, "order_id" text not null, "order_display_id" integer not null, "producer_id" text not null, "producer_handle" text not null, "producer_name" text not null, "status" text check ("status" in ('new', 'packed', 'shipped', 'delivered', 'cancelled')) not null default 'new', "payment_method" text not null, "paid" boolean not null default false, "province_code" text not null, "zone" text not null, "weight_grams" integer not null, "items" jsonb not null, "items_total" integer not null, "shipping_total" integer not null, "fee" integer not null default 0, "payout_amount" integer not null, "carrier" text null, "tracking_code" text null, "packed_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "household_parcel_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_household_parcel_deleted_at" ON "household_parcel" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_household_parcel_order_id_producer_id_unique" ON "household_parcel" ("order_id", "producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_household_parcel_producer_id" ON "household_parcel" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_household_parcel_order_display_id" ON "household_parcel" ("order_display_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_entry" ("id" text not null, "producer_id" text not null, "kind" text check ("kind" in ('earning', 'payout')) not null, "amount" integer not null, "parcel_id" text null, "order_display_id" integer null, "reference" text null, "recorded_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_entry_deleted_at" ON "payout_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_entry_producer_id" ON "payout_entry" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_entry_parcel_id_kind_unique" ON "payout_entry" ("parcel_id", "kind") WHERE parcel_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_parcel" cascade;`);

    this.addSql(`drop table if exists "payout_entry" cascade;`);
  }

}
