import type { SqlManager } from "./lexicon"

/**
 * A narrow companion of each index table: the match vector without positions (matching
 * needs only the words; ranking reads the document row), the title's words alone and the
 * filter, sort and facet keys as plain columns. Counting, faceting and picking ranking
 * candidates read these rows instead of the ~2 KB document rows; a trigger keeps it equal
 * to the index table whatever writes to it. Two kinds of made-up lexemes ride in the match
 * vector, so the GIN index itself answers two questions: one document in SAMPLE_FACTOR
 * carries SAMPLE_LEXEME (a fair sample of any match), and a title of n words carries
 * lengthLexeme(m) for every m from n to MAX_TITLE_WORDS ("title at most m words long").
 */
export type KeyColumn = { path: string; column: string; type: "text" | "bigint" | "boolean" }

export const KEY_COLUMNS: KeyColumn[] = [
  { path: "type", column: "k_type", type: "text" },
  { path: "handle", column: "k_handle", type: "text" },
  { path: "category", column: "k_category", type: "text" },
  { path: "area", column: "k_area", type: "text" },
  { path: "producer_handle", column: "k_producer_handle", type: "text" },
  { path: "price", column: "k_price", type: "bigint" },
  { path: "in_stock", column: "k_in_stock", type: "boolean" },
  { path: "ocop_stars", column: "k_ocop_stars", type: "bigint" },
  { path: "created_at", column: "k_created_at", type: "bigint" },
]

export const keysTableName = (table: string) => `${table}_keys`

/** Changed whenever the keys table's shape or content rules change: the table is then rebuilt. */
export const KEYS_VERSION = "keys-v3"
/** A lexeme no query word can be: folded words hold letters and digits only. */
export const SAMPLE_LEXEME = "~s"
/** One document in this many carries the sample lexeme (a power of two). */
export const SAMPLE_FACTOR = 8
/** Titles longer than this carry no length lexeme (and are never cut to). */
export const MAX_TITLE_WORDS = 16

/** The lexeme of "a title of at most `words` words"; `lengthLexeme("")` is its prefix. */
export function lengthLexeme(words: number | ""): string {
  return `~l${words}`
}

function extract(column: KeyColumn): string {
  const raw = `NEW."indexed"->>'${column.path}'`
  switch (column.type) {
    case "bigint":
      // Dates are indexed as epoch milliseconds; a date string still sorts correctly.
      return `CASE WHEN jsonb_typeof(NEW."indexed"->'${column.path}') = 'number' THEN (${raw})::numeric::bigint
        WHEN ${raw} IS NULL THEN NULL ELSE (extract(epoch FROM (${raw})::timestamptz) * 1000)::bigint END`
    case "boolean":
      return `(${raw})::boolean`
    default:
      return raw
  }
}

/** DDL for the companion table, its indexes and the trigger; idempotent. */
export function keysTableSql(table: string, tsConfig: string): string[] {
  const keys = keysTableName(table)
  const fn = `${keys}_sync`
  const columns = KEY_COLUMNS.map((c) => `"${c.column}" ${c.type}`).join(", ")
  const names = KEY_COLUMNS.map((c) => `"${c.column}"`)
  const values = KEY_COLUMNS.map(extract)
  const titleVector = `to_tsvector('${tsConfig}', coalesce(NEW."indexed"->>'title', '') || ' ' || coalesce(NEW."indexed"->>'title_en', ''))`
  // Hashing the id keeps a document in (or out of) the sample across updates.
  const sample = `CASE WHEN (hashtext(NEW."id") & ${SAMPLE_FACTOR - 1}) = 0 THEN '${SAMPLE_LEXEME}'::tsvector ELSE ''::tsvector END`
  const lengths = `array_to_tsvector(ARRAY(SELECT '${lengthLexeme("")}' || m FROM generate_series(greatest(words, 1), ${MAX_TITLE_WORDS}) m))`
  return [
    `CREATE TABLE IF NOT EXISTS "${keys}" ("id" text PRIMARY KEY, "vec" tsvector NOT NULL, "title_vec" tsvector NOT NULL,
      "title_words" int NOT NULL, ${columns})`,
    `COMMENT ON TABLE "${keys}" IS '${KEYS_VERSION}'`,
    `CREATE INDEX IF NOT EXISTS "${keys}_vec_idx" ON "${keys}" USING GIN ("vec")`,
    // A title tier with few matches among many is read through this one (see keys-statement.ts).
    `CREATE INDEX IF NOT EXISTS "${keys}_title_idx" ON "${keys}" USING GIN ("title_vec")`,
    `CREATE OR REPLACE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE
      title tsvector;
      words int;
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE "${keys}";
        RETURN NULL;
      END IF;
      IF TG_OP = 'DELETE' THEN
        DELETE FROM "${keys}" WHERE "id" = OLD."id";
        RETURN NULL;
      END IF;
      title := ${titleVector};
      words := length(title);
      INSERT INTO "${keys}" ("id", "vec", "title_vec", "title_words", ${names.join(", ")})
      VALUES (NEW."id", strip(NEW."search_vector") || ${sample} || ${lengths}, strip(title), words, ${values.join(", ")})
      ON CONFLICT ("id") DO UPDATE SET "vec" = EXCLUDED."vec", "title_vec" = EXCLUDED."title_vec",
        "title_words" = EXCLUDED."title_words", ${names.map((n) => `${n} = EXCLUDED.${n}`).join(", ")};
      RETURN NULL;
    END
    $fn$`,
    `DROP TRIGGER IF EXISTS "${keys}_rows" ON "${table}"`,
    `CREATE TRIGGER "${keys}_rows" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`,
    `DROP TRIGGER IF EXISTS "${keys}_truncate" ON "${table}"`,
    `CREATE TRIGGER "${keys}_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
  ]
}

/**
 * Creates the companion of `table` and fills it when it does not hold the same rows (first
 * run on an existing index, an index table rebuilt by a schema change, or a keys table of
 * an older KEYS_VERSION, which is dropped first).
 */
export async function ensureKeysTable(manager: SqlManager, table: string, tsConfig: string): Promise<void> {
  const keys = keysTableName(table)
  const [current] = await manager.execute(`SELECT obj_description(to_regclass(?), 'pg_class') AS version`, [`"${keys}"`])
  if (current?.version !== KEYS_VERSION) {
    await manager.execute(`DROP TABLE IF EXISTS "${keys}"`)
  }
  for (const sql of keysTableSql(table, tsConfig)) {
    await manager.execute(sql)
  }
  const [row] = await manager.execute(
    `SELECT (SELECT count(*) FROM "${table}")::int AS docs, (SELECT count(*) FROM "${keys}")::int AS keys`
  )
  if (Number(row?.docs) !== Number(row?.keys)) {
    await manager.execute(`TRUNCATE "${keys}"`)
    // Touching every row fires the trigger, which writes the keys exactly as on upsert.
    await manager.execute(`UPDATE "${table}" SET "updated_at" = "updated_at"`)
  }
}
