import { createHash } from "node:crypto"
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { gunzipSync, gzipSync } from "node:zlib"
import pg from "pg"
import { backupDatabase } from "#scripts/lib/backup/backup-database.ts"
import type { Manifest } from "#scripts/lib/backup/manifest.ts"
import { RestoreRefused, restoreDatabase } from "#scripts/lib/backup/restore-database.ts"
import { ident } from "#scripts/lib/backup/schema.ts"
import { runMedusa } from "#scripts/lib/medusa/cli.ts"
import { ChildGroup } from "#scripts/lib/process/child.ts"

const source = process.env.DATABASE_URL ?? ""
const scratch = `cho_phien_restore_${process.pid}`
const target = (() => {
  const url = new URL(source || "postgres://x@localhost/x")
  url.pathname = `/${scratch}`
  return url.toString()
})()

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

function adminUrl(): string {
  const url = new URL(source)
  url.pathname = "/postgres"
  return url.toString()
}

/** A table's rows as sorted JSON lines, hashed: equal hashes mean the very same rows. */
async function tableHash(url: string, table: string): Promise<string> {
  const rows = await sql<{ line: string }>(url, `SELECT row_to_json(t)::text AS line FROM ${ident(table)} t`)
  return createHash("sha256").update(rows.map((row) => row.line).sort().join("\n")).digest("hex")
}

async function fileHash(dir: string, file: string): Promise<string> {
  const lines = gunzipSync(await readFile(path.join(dir, file))).toString("utf8").split("\n").filter(Boolean)
  return createHash("sha256").update(lines.sort().join("\n")).digest("hex")
}

// Migrating a fresh database takes a minute or two; the restore needs the same schema.
describe("npm run backup and npm run restore", { timeout: 600_000 }, () => {
  let dir: string
  let photosFrom: string
  let photosTo: string
  let manifest: Manifest

  beforeAll(async () => {
    expect(source, "DATABASE_URL of the test stack").not.toBe("")
    dir = await mkdtemp(path.join(tmpdir(), "cho-phien-backup-"))
    photosFrom = path.join(dir, "photos-live")
    photosTo = path.join(dir, "photos-restored")
    await mkdir(path.join(photosFrom, "prod_x"), { recursive: true })
    await writeFile(path.join(photosFrom, "prod_x", "a-320.webp"), Buffer.from("RIFF....WEBP"))
    manifest = await backupDatabase({ databaseUrl: source, outDir: path.join(dir, "backup"), photosDir: photosFrom })
    await sql(adminUrl(), `DROP DATABASE IF EXISTS ${ident(scratch)}`)
    await sql(adminUrl(), `CREATE DATABASE ${ident(scratch)}`)
    await runMedusa("migrations", ["db:migrate"], {
      env: { ...process.env, DATABASE_URL: target, MEDUSA_ADMIN_DISABLED: "true" },
      group: new ChildGroup(),
    })
  }, 600_000)

  afterAll(async () => {
    if (source) await sql(adminUrl(), `DROP DATABASE IF EXISTS ${ident(scratch)} WITH (FORCE)`)
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it("backs up every table of the market, with households, products and orders in it", () => {
    const rows = Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows]))
    // Search tables are derived (rebuilt by npm run reindex), never backed up.
    expect(manifest.tables.filter((table) => table.name.startsWith("search_pg_"))).toEqual([])
    expect(manifest.tables.length).toBeGreaterThan(100)
    expect(rows["producer"]).toBeGreaterThanOrEqual(22)
    expect(rows["product"]).toBeGreaterThanOrEqual(25)
    expect(manifest.photos).toBe(1)
  })

  it("refuses a damaged backup and leaves the database as it was", async () => {
    // A copy of the same backup with one file altered: what a bad disk or a careless edit does.
    const damaged = path.join(dir, "damaged")
    await rm(damaged, { recursive: true, force: true })
    await cp(path.join(dir, "backup"), damaged, { recursive: true })
    const before = await sql<{ n: string }>(target, "SELECT count(*) AS n FROM mikro_orm_migrations")
    const file = path.join(damaged, "producer.jsonl.gz")
    const lines = gunzipSync(await readFile(file)).toString("utf8").replace(/"name":"[^"]*"/, '"name":"Đã bị sửa"')
    await writeFile(file, gzipSync(lines))
    await expect(restoreDatabase({ databaseUrl: target, fromDir: damaged })).rejects.toThrow(/checksum/)
    const after = await sql<{ n: string }>(target, "SELECT count(*) AS n FROM mikro_orm_migrations")
    expect(after[0]?.n).toBe(before[0]?.n)
    expect(await sql(target, "SELECT 1 FROM producer LIMIT 1")).toEqual([])
  })

  it("refuses a database without the market's tables", async () => {
    await expect(restoreDatabase({ databaseUrl: adminUrl(), fromDir: path.join(dir, "backup") })).rejects.toThrow(RestoreRefused)
  })

  it("restores every row of every table, and the photos", async () => {
    await restoreDatabase({ databaseUrl: target, fromDir: path.join(dir, "backup"), photosDir: photosTo })
    const different: string[] = []
    for (const table of manifest.tables) {
      if ((await tableHash(target, table.name)) !== (await fileHash(path.join(dir, "backup"), table.file))) different.push(table.name)
    }
    expect(different).toEqual([])
    expect(await readFile(path.join(photosTo, "prod_x", "a-320.webp"), "utf8")).toBe("RIFF....WEBP")
  })

  it("lets order numbers continue after the restored ones", async () => {
    const [row] = await sql<{ max: string | null; next: string }>(
      target,
      `SELECT (SELECT max(display_id) FROM "order")::text AS max, nextval(pg_get_serial_sequence('"order"', 'display_id'))::text AS next`,
    )
    expect(Number(row?.next)).toBe(Number(row?.max ?? 0) + 1)
  })
})
