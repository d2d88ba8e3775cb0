import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { TYPO_KEYS_TABLE_SQL } from "../schema-sql"
import { TYPO_KEYS, typoKeysBackfillSql } from "../typo-keys"

/** Typo keys for the words a lexicon already holds (typo-keys.ts); new words get theirs as they are indexed. */
export class Migration20261128160000 extends Migration {
  async up(): Promise<void> {
    this.addSql(TYPO_KEYS_TABLE_SQL)
    this.addSql(typoKeysBackfillSql("search_vi_lexicon"))
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "${TYPO_KEYS}";`)
  }
}
