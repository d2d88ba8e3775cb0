import { createHash } from "node:crypto"
import pg from "pg"
import type { SqlManager } from "./lexicon"

type Row = Record<string, unknown>

/**
 * Searches send a few statement shapes (the keys statement, the word lookup), each a few
 * kilobytes of SQL with a dozen CTEs: planning them took about 2 of a search's ~10 ms in
 * PostgreSQL. Read through here, each shape is prepared once per connection and runs a
 * generic plan (`plan_cache_mode`, set on these connections only, never on Medusa's own).
 * The plans lose nothing: every tsquery is a parameter either way, and the statements
 * choose their branches with one-time filters at run time, not in the planner.
 */
const SEARCH_SETTINGS = "-c plan_cache_mode=force_generic_plan"
/** Enough connections for the searches one server runs at a time on a small database host. */
const POOL_SIZE = 5
/** Past this many shapes (unusual filter lists), statements run unprepared instead of piling up plans. */
const MAX_SHAPES = 200
export const SEARCH_APPLICATION_NAME = "cho-phien-search"

/** `?` placeholders (MikroORM's) as `$n` (PostgreSQL's); the provider's SQL has no literal `?`. */
export function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/** A stable name per statement text, so a connection prepares each shape once. */
export function statementName(text: string): string {
  return `cp_search_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`
}

/** pg-pool reads `allowExitOnIdle` (a search pool must not keep a script alive) and `options` (startup settings); the installed types predate both. */
type SearchPoolConfig = pg.PoolConfig & { allowExitOnIdle?: boolean; options?: string }
type KnexLike = { client?: { config?: { connection?: unknown }; searchPath?: unknown } }
type ManagerLike = SqlManager & { getKnex?: () => KnexLike; getConnection?: () => { getKnex?: () => KnexLike } }

/**
 * The connection settings of the database the manager talks to (Medusa's MikroORM manager
 * keeps them on its knex client, with the schema as its search path; a plain manager may
 * carry them as `connection`), with the search settings added; null when there are none.
 */
export function searchPoolConfig(manager: ManagerLike & { connection?: unknown }): SearchPoolConfig | null {
  const knex = manager.getKnex?.() ?? manager.getConnection?.().getKnex?.()
  const config = knex?.client?.config?.connection ?? manager.connection
  const base: pg.PoolConfig | null =
    typeof config === "string"
      ? { connectionString: config }
      : config && typeof config === "object" && !Array.isArray(config)
        ? { ...(config as pg.PoolConfig) }
        : null
  if (!base) return null
  const schema = knex?.client?.searchPath
  const searchPath = typeof schema === "string" && /^\w+$/.test(schema) ? ` -c search_path=${schema}` : ""
  return {
    ...base,
    max: POOL_SIZE,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
    application_name: SEARCH_APPLICATION_NAME,
    options: `${SEARCH_SETTINGS}${searchPath}`,
  }
}

/**
 * Whether an error means the connection itself was lost (a server restart, an idle
 * connection a pooler or an administrator closed), not that the statement was wrong.
 */
export function lostConnection(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (typeof code === "string" && (/^08/.test(code) || ["57P01", "57P02", "57P03", "ECONNRESET", "EPIPE", "ECONNREFUSED"].includes(code))) return true
  return typeof message === "string" && /Connection terminated|Client has encountered a connection error/i.test(message)
}

/**
 * A reader for the search path: the manager's database through a small pool of its own
 * with prepared statements and generic plans. Without connection settings (a manager this
 * code does not know), it reads through the manager itself, unprepared.
 */
export function preparedReader(manager: SqlManager, onError: (error: Error) => void): SqlManager {
  const config = searchPoolConfig(manager as ManagerLike)
  if (!config) return manager
  let pool: pg.Pool | null = null
  const shapes = new Set<string>()
  const open = () => {
    pool = new pg.Pool(config)
    // An idle connection the server closed (a restart) must not take the process down;
    // the pool replaces it on the next search.
    pool.on("error", onError)
    return pool
  }
  return {
    execute: async (sql, params = []) => {
      const text = numbered(sql)
      if (shapes.size < MAX_SHAPES) shapes.add(text)
      const name = shapes.has(text) ? statementName(text) : undefined
      const query = { name, text, values: params }
      try {
        return (await (pool ?? open()).query(query)).rows as Row[]
      } catch (error) {
        // A search only reads, so it is safe to send again once. The pool has dropped the
        // lost connection by now; without this, the buyer whose search met a connection
        // closed while idle would see an error page instead of results.
        if (!lostConnection(error)) throw error
        onError(error as Error)
        return (await (pool ?? open()).query(query)).rows as Row[]
      }
    },
  }
}
