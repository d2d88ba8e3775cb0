import { createHash } from "node:crypto"
import type pg from "pg"

export type Column = { name: string; type: string; generated: boolean }
export type Table = { name: string; columns: Column[] }

/**
 * The search engine's tables (Medusa's `search_pg_*` documents, our `*_keys` companions, the
 * registry naming them) are derived from the catalog and created as the engine meets them, so
 * two databases of one version may differ there. They are left out of backups and of the
 * schema comparison; `npm run reindex` rebuilds them after a restore.
 */
export function isDerived(table: string): boolean {
  return table.startsWith("search_pg_") || table === "search_postgres_index"
}

/** Every ordinary table of the public schema, derived ones aside, with its columns in order (what a backup holds). */
export async function listTables(client: pg.ClientBase): Promise<Table[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; generated: boolean }>(`
    SELECT c.table_name, c.column_name, c.udt_name AS data_type,
           (c.is_generated = 'ALWAYS' OR c.generation_expression IS NOT NULL) AS generated
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`)
  const tables = new Map<string, Column[]>()
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? []
    columns.push({ name: row.column_name, type: row.data_type, generated: row.generated })
    tables.set(row.table_name, columns)
  }
  return [...tables].filter(([name]) => !isDerived(name)).map(([name, columns]) => ({ name, columns }))
}

/**
 * One hash of every table's columns and types: a backup restores only into a database of the
 * same shape (the same migrations), never half-fitting into another.
 */
export function schemaFingerprint(tables: Table[]): string {
  const lines = tables
    .map((table) => `${table.name}(${table.columns.map((c) => `${c.name} ${c.type}${c.generated ? " generated" : ""}`).join(", ")})`)
    .sort()
  return createHash("sha256").update(lines.join("\n")).digest("hex")
}

/** `"name"` with any quote doubled: table and column names come from the catalogue, still quoted. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
