import pg from "pg"

type Row = Record<string, unknown>
export type SqlManager = {
  execute: (sql: string, params?: unknown[]) => Promise<Row[]>
  transactional: <T>(run: (manager: SqlManager) => Promise<T>) => Promise<T>
  /** The database's address, which the provider's search reader opens its own pool to (as it reads Medusa's from knex). */
  connection?: string
}

/** MikroORM's `execute` binds `?`; node-postgres binds `$n`. The provider's SQL has no literal `?`. */
function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Row[] }> }

function managerFor(db: Queryable, pool: pg.Pool): SqlManager {
  return {
    execute: async (sql, params = []) => (await db.query(numbered(sql), params)).rows,
    transactional: async (run) => {
      const client = await pool.connect()
      try {
        await client.query("BEGIN")
        const result = await run(managerFor(client, pool))
        await client.query("COMMIT")
        return result
      } catch (error) {
        await client.query("ROLLBACK")
        throw error
      } finally {
        client.release()
      }
    },
  }
}

/**
 * The database handle the Search Module gives a provider (`manager.execute` with `?`
 * placeholders, `transactional`), over a real PostgreSQL pool, so a provider can be
 * exercised without booting Medusa.
 */
export function pgManager(databaseUrl: string): { manager: SqlManager; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 })
  return { manager: { ...managerFor(pool, pool), connection: databaseUrl }, close: () => pool.end() }
}
