import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { LEXICON_SEEN_SQL } from "../schema-sql"

/** How often each lexicon word was seen; words already known start at 1 until `npm run reindex` counts them. */
export class Migration20261128170000 extends Migration {
  async up(): Promise<void> {
    this.addSql(LEXICON_SEEN_SQL)
  }

  async down(): Promise<void> {
    this.addSql(`alter table "search_vi_lexicon" drop column if exists "seen";`)
  }
}
