import { TYPO_KEYS } from "./typo-keys"

/** Typo keys (typo-keys.ts): a key is looked up alone, through the primary key's first column. */
export const TYPO_KEYS_TABLE_SQL = `
      create table if not exists "${TYPO_KEYS}" (
        "key" text not null,
        "word" text not null,
        "depth" smallint not null,
        constraint "${TYPO_KEYS}_pkey" primary key ("key", "word")
      );
    `

/** In how many documents each word was seen: orders typo corrections equally near (lexicon.ts). */
export const LEXICON_SEEN_SQL = `alter table "search_vi_lexicon" add column if not exists "seen" integer not null default 1;`

/**
 * What the Vietnamese provider needs in the database. It replaces Medusa's PostgreSQL
 * provider rather than sitting beside it, so it also creates that provider's catalog
 * table (same DDL, idempotent). The text search configuration folds with `unaccent` and
 * keeps every word (`simple`): the English one drops syllables such as "an", "to", "do".
 * Shared by the migration and the search benchmark, which builds a bare database.
 */
export const VIETNAMESE_SEARCH_SCHEMA_SQL: string[] = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm;`,
  `CREATE EXTENSION IF NOT EXISTS unaccent;`,
  `CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;`,
  `
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword
            WITH unaccent, simple;
        END IF;
      END
      $$;
    `,
  `
      create table if not exists "search_postgres_index" (
        "name" text not null,
        "table_name" text not null,
        "schema_hash" text not null,
        "plan" jsonb not null,
        "document_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "search_postgres_index_pkey" primary key ("name")
      );
    `,
  `
      create table if not exists "search_vi_lexicon" (
        "word" text not null,
        constraint "search_vi_lexicon_pkey" primary key ("word")
      );
    `,
  `create index if not exists "search_vi_lexicon_length_idx" on "search_vi_lexicon" (length("word"));`,
  LEXICON_SEEN_SQL,
  TYPO_KEYS_TABLE_SQL,
]
