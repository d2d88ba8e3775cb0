import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { VIETNAMESE_SEARCH_SCHEMA_SQL } from "../schema-sql"

/** Extensions, the `medusa_search_vietnamese` configuration, the catalog and lexicon tables. */
export class Migration20261128120000 extends Migration {
  async up(): Promise<void> {
    for (const sql of VIETNAMESE_SEARCH_SCHEMA_SQL) {
      this.addSql(sql)
    }
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "search_vi_lexicon";`)
    this.addSql(`drop text search configuration if exists medusa_search_vietnamese;`)
  }
}
