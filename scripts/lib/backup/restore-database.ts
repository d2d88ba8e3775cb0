import { createHash } from "node:crypto"
import { createReadStream, existsSync } from "node:fs"
import { cp, readFile } from "node:fs/promises"
import path from "node:path"
import { createInterface } from "node:readline"
import { createGunzip } from "node:zlib"
import pg from "pg"
import { type Manifest, MANIFEST_FILE, ManifestSchema } from "./manifest.ts"
import { ident, listTables, schemaFingerprint, type Table } from "./schema.ts"

export type RestoreOptions = {
  databaseUrl: string
  fromDir: string
  /** Where the photos go back to (commerce/static/photos); files already there are kept. */
  photosDir?: string
  onTable?: (table: string, rows: number) => void
}

export class RestoreRefused extends Error {}

const BATCH = 500

export async function readManifest(fromDir: string): Promise<Manifest> {
  const file = path.join(fromDir, MANIFEST_FILE)
  if (!existsSync(file)) throw new RestoreRefused(`${fromDir} holds no ${MANIFEST_FILE}: it is not a Chợ Phiên backup.`)
  const parsed = ManifestSchema.safeParse(JSON.parse(await readFile(file, "utf8")))
  if (!parsed.success) throw new RestoreRefused(`${file} is not a backup manifest this version reads: ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

/**
 * Replaces every row of the target database with the backup's, in one transaction: a
 * restore that fails half-way (a damaged file, a full disk) leaves the database as it was.
 * The target must have the backup's schema (run the same version's migrations first: a fresh
 * `npm start` does), which the schema fingerprint checks before anything is touched.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<Manifest> {
  const manifest = await readManifest(options.fromDir)
  const client = new pg.Client({ connectionString: options.databaseUrl })
  await client.connect()
  try {
    const tables = await listTables(client)
    if (tables.length === 0) {
      throw new RestoreRefused("The target database has no tables. Start the market once on it (npm start runs the migrations), stop it, then restore.")
    }
    if (schemaFingerprint(tables) !== manifest.schema_fingerprint) {
      throw new RestoreRefused("The target database's tables differ from the backup's (another version's migrations). Restore with the version of Chợ Phiên that made the backup.")
    }
    const byName = new Map(tables.map((table) => [table.name, table]))
    await client.query("BEGIN")
    // Rows go in table by table, so foreign keys are checked by the data's own consistency
    // (it came from one snapshot), not row by row in dependency order.
    await client.query("SET LOCAL session_replication_role = replica")
    await client.query(`TRUNCATE ${tables.map((table) => ident(table.name)).join(", ")}`)
    for (const entry of manifest.tables) {
      const table = byName.get(entry.name)
      if (!table) throw new RestoreRefused(`Table ${entry.name} of the backup is missing in the target.`)
      const rows = await loadTable(client, table, path.join(options.fromDir, entry.file), entry.sha256)
      if (rows !== entry.rows) throw new RestoreRefused(`${entry.file} holds ${rows} rows, the manifest says ${entry.rows}: the backup is damaged.`)
      options.onTable?.(entry.name, rows)
    }
    await resetSequences(client)
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
  const photos = path.join(options.fromDir, "photos")
  if (options.photosDir && existsSync(photos)) await cp(photos, options.photosDir, { recursive: true, force: false })
  return manifest
}

async function loadTable(client: pg.Client, table: Table, file: string, sha256: string): Promise<number> {
  const columns = table.columns.filter((column) => !column.generated).map((column) => ident(column.name)).join(", ")
  const insert = `INSERT INTO ${ident(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
    SELECT ${columns} FROM json_populate_recordset(NULL::${ident(table.name)}, $1::json)`
  const hash = createHash("sha256")
  let batch: string[] = []
  let count = 0
  const flush = async () => {
    if (batch.length === 0) return
    await client.query(insert, [`[${batch.join(",")}]`])
    count += batch.length
    batch = []
  }
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const line of lines) {
    hash.update(`${line}\n`)
    batch.push(line)
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  if (hash.digest("hex") !== sha256) throw new RestoreRefused(`${path.basename(file)} does not match its checksum: the backup is damaged.`)
  return count
}

/** Sequences (order numbers, migration ids) continue after the restored rows, never reuse them. */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ seq: string; tbl: string; col: string }>(`
    SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col
      FROM pg_class s
      JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
      JOIN pg_class t ON t.oid = d.refobjid
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S' AND t.relnamespace = 'public'::regnamespace`)
  for (const { seq, tbl, col } of rows) {
    await client.query(
      `SELECT CASE WHEN m IS NULL THEN setval($1::regclass, 1, false) ELSE setval($1::regclass, m, true) END
         FROM (SELECT max(${ident(col)})::bigint AS m FROM ${ident(tbl)}) x`,
      [ident(seq)],
    )
  }
}
