import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128042706 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "destination" add column if not exists "how_to_get_there" text null, add column if not exists "how_to_get_there_en" text null, add column if not exists "cover" jsonb null, add column if not exists "gallery" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "destination" drop column if exists "how_to_get_there", drop column if exists "how_to_get_there_en", drop column if exists "cover", drop column if exists "gallery";`);
  }

}
