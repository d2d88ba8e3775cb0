import { KEY_COLUMNS } from "./keys-table"

export type Sql = { sql: string; params: unknown[] }

const OPERATORS: Record<string, string> = { $eq: "=", $ne: "<>", $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }
const byPath = new Map(KEY_COLUMNS.map((c) => [c.path, c]))

type Scalar = string | number | boolean

function isScalar(value: unknown): value is Scalar {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
}

/** `k_column IN (?, ?)` with one placeholder per value: MikroORM inlines array bindings wrongly. */
function inList(column: string, values: unknown[], out: Sql): boolean {
  if (!values.every(isScalar)) return false
  out.params.push(...values)
  out.sql += ` AND "${column}" IN (${values.map(() => "?").join(", ") || "NULL"})`
  return true
}

/**
 * The store's filters as SQL on the key columns, or null when a filter needs anything
 * else (the caller then takes Medusa's general path, which understands every filter).
 */
export function keysWhere(filters: Record<string, unknown> | undefined): Sql | null {
  const out: Sql = { sql: "", params: [] }
  for (const [path, condition] of Object.entries(filters ?? {})) {
    if (path === "q" || condition === undefined) continue
    const column = path === "id" ? { column: "id" } : byPath.get(path)
    if (!column) return null
    if (isScalar(condition)) {
      out.sql += ` AND "${column.column}" = ?`
      out.params.push(condition)
      continue
    }
    if (Array.isArray(condition)) {
      if (!inList(column.column, condition, out)) return null
      continue
    }
    if (typeof condition !== "object" || condition === null) return null
    for (const [op, value] of Object.entries(condition)) {
      if (op === "$in" && Array.isArray(value)) {
        if (!inList(column.column, value, out)) return null
      } else if (OPERATORS[op] && isScalar(value)) {
        out.sql += ` AND "${column.column}" ${OPERATORS[op]} ?`
        out.params.push(value)
      } else {
        return null
      }
    }
  }
  return out
}

/** Candidate order on key columns for the requested order, or null when a key is not a column. */
export function keysOrder(order: Record<string, string> | undefined, tier: string): string | null {
  const entries = Object.entries(order ?? {})
  if (!entries.length) return `${tier} DESC, "title_words" ASC, "id" ASC`
  const clauses: string[] = []
  for (const [path, direction] of entries) {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (path === "_score") {
      clauses.push(`${tier} ${dir}`, `"title_words" ${dir === "DESC" ? "ASC" : "DESC"}`)
      continue
    }
    const column = byPath.get(path)
    if (!column) return null
    clauses.push(`"${column.column}" ${dir} NULLS LAST`)
  }
  return clauses.join(", ")
}
