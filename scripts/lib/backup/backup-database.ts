import { createHash } from "node:crypto"
import { createWriteStream, existsSync } from "node:fs"
import { cp, mkdir, readdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { createGzip } from "node:zlib"
import { Readable } from "node:stream"
import pg from "pg"
import { type Manifest, MANIFEST_FILE } from "./manifest.ts"
import { ident, listTables, schemaFingerprint, type Table } from "./schema.ts"

export type BackupOptions = {
  databaseUrl: string
  /** A new, empty folder: one gzipped JSON-lines file per table, the photos, and manifest.json. */
  outDir: string
  /** Uploaded photos (commerce/static/photos), copied beside the data so pages keep their images. */
  photosDir?: string
  onTable?: (table: string, rows: number) => void
}

const BATCH = 1_000

/**
 * A logical backup of the whole database from one snapshot (REPEATABLE READ, read only), so
 * an order and its payment are either both in it or both not, taken while the market runs.
 * Rows are JSON (row_to_json), which keeps every type exactly and needs no pg_dump of the
 * server's version (Debian 12 ships pg_dump 15, which refuses the embedded PostgreSQL 18).
 */
export async function backupDatabase(options: BackupOptions): Promise<Manifest> {
  await mkdir(options.outDir, { recursive: true })
  if ((await readdir(options.outDir)).length > 0) throw new Error(`${options.outDir} is not empty; a backup goes into a new folder.`)
  const client = new pg.Client({ connectionString: options.databaseUrl })
  await client.connect()
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    const tables = await listTables(client)
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version")
    const entries: Manifest["tables"] = []
    for (const table of tables) {
      const entry = await dumpTable(client, table, options.outDir)
      options.onTable?.(table.name, entry.rows)
      entries.push(entry)
    }
    await client.query("COMMIT")
    const photos = options.photosDir ? await copyPhotos(options.photosDir, path.join(options.outDir, "photos")) : 0
    const manifest: Manifest = {
      format: "cho-phien-backup/1",
      created_at: new Date().toISOString(),
      server_version: rows[0]?.server_version ?? "unknown",
      schema_fingerprint: schemaFingerprint(tables),
      tables: entries,
      photos,
    }
    await writeFile(path.join(options.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    return manifest
  } finally {
    await client.end()
  }
}

async function dumpTable(client: pg.Client, table: Table, outDir: string): Promise<Manifest["tables"][number]> {
  const file = `${table.name}.jsonl.gz`
  const cursor = `backup_${table.name.replace(/\W/g, "_")}`
  await client.query(`DECLARE ${ident(cursor)} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${ident(table.name)} t`)
  const hash = createHash("sha256")
  let count = 0
  async function* lines() {
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`FETCH ${BATCH} FROM ${ident(cursor)}`)
      if (rows.length === 0) return
      count += rows.length
      const chunk = rows.map((row) => `${row.line}\n`).join("")
      hash.update(chunk)
      yield chunk
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(path.join(outDir, file)))
  await client.query(`CLOSE ${ident(cursor)}`)
  return { name: table.name, file, rows: count, sha256: hash.digest("hex") }
}

async function copyPhotos(from: string, to: string): Promise<number> {
  if (!existsSync(from)) return 0
  await cp(from, to, { recursive: true })
  return (await readdir(to, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length
}
