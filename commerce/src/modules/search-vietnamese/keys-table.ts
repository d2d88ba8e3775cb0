import type { SqlManager } from "./lexicon"

/**
 * A narrow companion of each index table: the match vector without positions (matching
 * needs only the words; ranking reads the document row) and the filter, sort and facet
 * keys as plain columns. Counting, faceting and picking ranking candidates read these rows
 * instead of the ~2 KB document rows; a trigger keeps it equal to the index table whatever
 * writes to it. Made-up lexemes ride in the match vector, so the GIN index itself answers
 * two more questions: a title word w also appears as titleLexeme(w) ("w is in the title"),
 * and a title of n words carries lengthLexeme(m) for every m from n to MAX_TITLE_WORDS
 * ("title at most m words long"), and `rankLexeme(n, j)` for every j from its title
 * slot up to TITLE_SLOTS - 1 ("title of exactly n words, slot at most j"): the slot, three
 * more bits of the id's hash, splits a length into eighths, so a cut can stop inside the
 * thousands of titles one length may hold. `title_rank` (length × slots + slot) orders
 * ranking candidates the same way. A hash of the id puts every document in one of
 * SAMPLE_BUCKETS buckets; two small sample tables repeat the rows of buckets 0 (a fair
 * sample of 1 in 64 of any match) and 1–7 (with the first, 1 in 8), each with its own GIN
 * index, so reading a sample costs in proportion to the sample. (Partitions of one table
 * did the same but tripled the plan of every statement reading the whole table.)
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
export const KEYS_VERSION = "keys-v7"
/** Documents are spread over this many buckets by a hash of their id (a power of two). */
export const SAMPLE_BUCKETS = 64
/** The sample levels, sparsest first: factor f is one document in f, the buckets below SAMPLE_BUCKETS / f. */
export const SAMPLE_FACTORS = [64, 8] as const
/** Titles longer than this carry no length lexeme (and are never cut to). */
export const MAX_TITLE_WORDS = 16
/** Each title length is split into this many slots by a hash of the id (a power of two). */
export const TITLE_SLOTS = 8
/** Marks a title word's copy in the match vector; folded words hold letters and digits only. */
export const TITLE_MARK = "^"

/** The lexeme of "a title of at most `words` words"; `lengthLexeme("")` is its prefix. */
export function lengthLexeme(words: number | ""): string {
  return `~l${words}`
}

/** The lexeme of "a title of exactly `words` words in slot `slot` or below"; `rankLexeme("", "")` is its prefix. */
export function rankLexeme(words: number | "", slot: number | ""): string {
  return words === "" ? "~e" : `~e${words}.${slot}`
}

/** The buckets [from, to) of each sample table: the sparse sample, then the rest of the dense one. */
export function sampleBounds(): [number, number][] {
  const [sparse, dense] = SAMPLE_FACTORS
  return [
    [0, SAMPLE_BUCKETS / sparse],
    [SAMPLE_BUCKETS / sparse, SAMPLE_BUCKETS / dense],
  ]
}

/** The sample table holding the buckets of sampleBounds()[level]. */
export function sampleTableName(keys: string, level: number): string {
  return `${keys}_s${level}`
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

/**
 * The bucket of an id, from a hash of it, so a document stays in (or out of) a sample
 * across updates. The hash's lowest three bits come first: the dense sample (buckets 0–7)
 * is the documents whose hash ends in three zero bits, the sparse one (bucket 0) those
 * ending in six.
 */
export function bucketSql(id: string): string {
  const [sparse, dense] = SAMPLE_FACTORS
  const denseBits = Math.log2(dense)
  const restBits = Math.log2(sparse / dense)
  const hash = `hashtext(${id})`
  return `(((${hash} & ${dense - 1}) << ${restBits}) | ((${hash} >> ${denseBits}) & ${sparse / dense - 1}))`
}

/** The title slot of an id: the hash bits just above the bucket's, so slots are even within any sample. */
export function titleSlotSql(id: string): string {
  return `((hashtext(${id}) >> ${Math.log2(SAMPLE_BUCKETS)}) & ${TITLE_SLOTS - 1})`
}

/** DDL for the companion table, its sample tables, their indexes and the trigger; idempotent. */
export function keysTableSql(table: string, tsConfig: string): string[] {
  const keys = keysTableName(table)
  const fn = `${keys}_sync`
  const columns = KEY_COLUMNS.map((c) => `"${c.column}" ${c.type}`).join(", ")
  const names = KEY_COLUMNS.map((c) => `"${c.column}"`)
  const values = KEY_COLUMNS.map(extract)
  const titleVector = `to_tsvector('${tsConfig}', coalesce(NEW."indexed"->>'title', '') || ' ' || coalesce(NEW."indexed"->>'title_en', ''))`
  // Only title words the match vector holds get a title copy: a title tier then never
  // holds a document the match itself would not.
  const titleWords = `array_to_tsvector(ARRAY(SELECT '${TITLE_MARK}' || w FROM unnest(tsvector_to_array(title)) w WHERE w = ANY (tsvector_to_array(body))))`
  const lengths = `array_to_tsvector(ARRAY(SELECT '${lengthLexeme("")}' || m FROM generate_series(greatest(words, 1), ${MAX_TITLE_WORDS}) m))`
  // Empty when the title is longer than MAX_TITLE_WORDS, like the length lexemes.
  const slots = `array_to_tsvector(ARRAY(SELECT '${rankLexeme("", "")}' || greatest(words, 1) || '.' || j FROM generate_series(slot, ${TITLE_SLOTS - 1}) j WHERE words <= ${MAX_TITLE_WORDS}))`
  const samples = sampleBounds().map(([from, to], level) => ({ name: sampleTableName(keys, level), from, to }))
  const upsert = (target: string) => `INSERT INTO "${target}" ("id", "bucket", "vec", "title_words", "title_rank", ${names.join(", ")})
      VALUES (NEW."id", doc_bucket, match_vec, words, greatest(words, 1) * ${TITLE_SLOTS} + slot, ${values.join(", ")})
      ON CONFLICT ("id") DO UPDATE SET "vec" = EXCLUDED."vec", "title_words" = EXCLUDED."title_words",
        "title_rank" = EXCLUDED."title_rank", ${names.map((n) => `${n} = EXCLUDED.${n}`).join(", ")};`
  return [
    `CREATE TABLE IF NOT EXISTS "${keys}" ("id" text PRIMARY KEY, "bucket" smallint NOT NULL, "vec" tsvector NOT NULL,
      "title_words" int NOT NULL, "title_rank" int NOT NULL, ${columns})`,
    `COMMENT ON TABLE "${keys}" IS '${KEYS_VERSION}'`,
    `CREATE INDEX IF NOT EXISTS "${keys}_vec_idx" ON "${keys}" USING GIN ("vec")`,
    ...samples.flatMap(({ name }) => [
      `CREATE TABLE IF NOT EXISTS "${name}" (LIKE "${keys}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS, PRIMARY KEY ("id"))`,
      `CREATE INDEX IF NOT EXISTS "${name}_vec_idx" ON "${name}" USING GIN ("vec")`,
    ]),
    `CREATE OR REPLACE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE
      body tsvector;
      title tsvector;
      words int;
      slot int;
      doc_bucket smallint;
      match_vec tsvector;
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE ${keysTables(keys)};
        RETURN NULL;
      END IF;
      IF TG_OP = 'DELETE' THEN
        DELETE FROM "${keys}" WHERE "id" = OLD."id";
        ${samples.map(({ name }) => `DELETE FROM "${name}" WHERE "id" = OLD."id";`).join("\n        ")}
        RETURN NULL;
      END IF;
      body := strip(NEW."search_vector");
      title := ${titleVector};
      words := length(title);
      slot := ${titleSlotSql(`NEW."id"`)};
      doc_bucket := ${bucketSql(`NEW."id"`)};
      match_vec := body || ${titleWords} || ${lengths} || ${slots};
      ${upsert(keys)}
      ${samples.map(({ name, from, to }) => `IF doc_bucket >= ${from} AND doc_bucket < ${to} THEN\n        ${upsert(name)}\n      END IF;`).join("\n      ")}
      RETURN NULL;
    END
    $fn$`,
    `DROP TRIGGER IF EXISTS "${keys}_rows" ON "${table}"`,
    `CREATE TRIGGER "${keys}_rows" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`,
    `DROP TRIGGER IF EXISTS "${keys}_truncate" ON "${table}"`,
    `CREATE TRIGGER "${keys}_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
  ]
}

/** The keys table and its sample tables, quoted, for one DROP or TRUNCATE. */
function keysTables(keys: string): string {
  return [keys, ...sampleBounds().map((_, level) => sampleTableName(keys, level))].map((name) => `"${name}"`).join(", ")
}

/** Drops the companion of an index table and its sample tables (the index is being deleted). */
export async function dropKeysTables(manager: SqlManager, table: string): Promise<void> {
  await manager.execute(`DROP TABLE IF EXISTS ${keysTables(keysTableName(table))}`)
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
    // The sample tables go too: they are rebuilt with the table they repeat.
    await manager.execute(`DROP TABLE IF EXISTS ${keysTables(keys)}`)
  }
  for (const sql of keysTableSql(table, tsConfig)) {
    await manager.execute(sql)
  }
  const [row] = await manager.execute(
    `SELECT (SELECT count(*) FROM "${table}")::int AS docs, (SELECT count(*) FROM "${keys}")::int AS keys`
  )
  if (Number(row?.docs) !== Number(row?.keys)) {
    await manager.execute(`TRUNCATE ${keysTables(keys)}`)
    // Touching every row fires the trigger, which writes the keys exactly as on upsert.
    await manager.execute(`UPDATE "${table}" SET "updated_at" = "updated_at"`)
  }
}
