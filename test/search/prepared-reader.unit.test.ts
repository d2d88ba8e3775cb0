import { describe, expect, it } from "vitest"
import { lostConnection, numbered, searchPoolConfig, statementName } from "@/modules/search-vietnamese/prepared-reader"

const execute = async () => []

describe("numbered", () => {
  it.each([
    ["SELECT 1", "SELECT 1"],
    ["SELECT ? AS a, ?::tsquery", "SELECT $1 AS a, $2::tsquery"],
    [`WHERE "k" IN (?, ?, ?)`, `WHERE "k" IN ($1, $2, $3)`],
  ])("numbers %s", (sql, expected) => {
    expect(numbered(sql)).toBe(expected)
  })
})

describe("statementName", () => {
  it("is the same for the same text and differs between texts", () => {
    expect(statementName("SELECT $1")).toBe(statementName("SELECT $1"))
    expect(statementName("SELECT $1")).not.toBe(statementName("SELECT $2"))
  })

  it("fits PostgreSQL's 63-byte identifiers", () => {
    expect(statementName("x".repeat(10_000)).length).toBeLessThanOrEqual(63)
  })
})

describe("searchPoolConfig", () => {
  it("takes Medusa's connection from its knex client, with the schema and the generic-plan setting", () => {
    const knex = { client: { config: { connection: { connectionString: "postgres://db/cho_phien", ssl: false } }, searchPath: "public" } }
    const config = searchPoolConfig({ execute, getKnex: () => knex } as never)
    expect(config).toMatchObject({ connectionString: "postgres://db/cho_phien", ssl: false, application_name: "cho-phien-search" })
    expect(config?.options).toBe("-c plan_cache_mode=force_generic_plan -c search_path=public")
  })

  it("finds the knex client behind a MikroORM connection too", () => {
    const knex = { client: { config: { connection: "postgres://db/x" } } }
    const config = searchPoolConfig({ execute, getConnection: () => ({ getKnex: () => knex }) } as never)
    expect(config?.connectionString).toBe("postgres://db/x")
    expect(config?.options).toBe("-c plan_cache_mode=force_generic_plan")
  })

  it("never puts a schema that is not a plain name into the startup options", () => {
    const knex = { client: { config: { connection: "postgres://db/x" }, searchPath: "public -c statement_timeout=0" } }
    expect(searchPoolConfig({ execute, getKnex: () => knex } as never)?.options).toBe("-c plan_cache_mode=force_generic_plan")
  })

  it("is null for a manager that names no database (it is then read unprepared)", () => {
    expect(searchPoolConfig({ execute } as never)).toBeNull()
  })
})

describe("lostConnection", () => {
  it.each([
    ["the server's admin shutdown", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["a connection exception class", { code: "08006", message: "connection failure" }],
    ["a reset socket", { code: "ECONNRESET", message: "read ECONNRESET" }],
    ["pg's own closed-socket error", new Error("Connection terminated unexpectedly")],
  ])("sends a search again after %s", (_, error) => {
    expect(lostConnection(error)).toBe(true)
  })

  it.each([
    ["a syntax error", { code: "42601", message: 'syntax error at or near "FROM"' }],
    ["a statement timeout", { code: "57014", message: "canceling statement due to statement timeout" }],
    ["nothing", undefined],
  ])("does not send it again after %s", (_, error) => {
    expect(lostConnection(error)).toBe(false)
  })
})
