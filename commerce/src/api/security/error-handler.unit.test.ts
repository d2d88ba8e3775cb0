import { DriverException } from "@mikro-orm/core"
import pg from "pg"
import { DatabaseError } from "pg-protocol"
import { describe, expect, it } from "vitest"
import { serviceUnavailableRefusal, undecodablePathRefusal } from "./error-handler"

function decodeError(path: string): unknown {
  try {
    decodeURIComponent(path)
  } catch (error) {
    return error
  }
  return undefined
}

describe("undecodablePathRefusal", () => {
  it.each(["%E0%A4%A", "%ED%A0%80", "%ZZ"])("answers 400 for the path segment %s", (segment) => {
    expect(undecodablePathRefusal(decodeError(segment))).toEqual({ status: 400, type: "invalid_data", message: "Địa chỉ trang không hợp lệ." })
  })

  it("answers 400 for Express's rewritten message", () => {
    const error = Object.assign(new Error("Failed to decode param '%E0%A4%A'"), { status: 400 })
    expect(undecodablePathRefusal(error)?.status).toBe(400)
  })

  it.each([new Error("boom"), new TypeError("x is undefined"), "not an error"])("leaves other errors to Medusa: %s", (error) => {
    expect(undecodablePathRefusal(error)).toBeUndefined()
  })
})

describe("serviceUnavailableRefusal", () => {
  const refusal = (error: unknown) => serviceUnavailableRefusal(error)?.status

  it("answers 503 when PostgreSQL cannot be reached (a real refused connection)", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: 9, connectionTimeoutMillis: 2_000 })
    const error = await client.connect().then(() => undefined, (e: unknown) => e)
    expect(refusal(error)).toBe(503)
    expect(serviceUnavailableRefusal(error)?.message).toMatch(/thử lại/)
  })

  it.each([
    ["57P01", "terminating connection due to administrator command"],
    ["57P03", "the database system is starting up"],
    ["08006", "connection failure"],
  ])("answers 503 for PostgreSQL's %s, also when MikroORM wraps it", (code, message) => {
    const error = Object.assign(new DatabaseError(message, 0, "error"), { code })
    expect(refusal(error)).toBe(503)
    expect(refusal(new DriverException(error))).toBe(503)
  })

  it("answers 503 for a connection the server dropped and for an exhausted pool", () => {
    expect(refusal(new Error("Connection terminated unexpectedly"))).toBe(503)
    expect(refusal(Object.assign(new Error("Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" }))).toBe(503)
    expect(refusal(Object.assign(new Error("outer"), { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) }))).toBe(503)
  })

  it.each([
    ["a unique violation", Object.assign(new DatabaseError("duplicate key", 0, "error"), { code: "23505" })],
    ["a syntax error", Object.assign(new DatabaseError("syntax error", 0, "error"), { code: "42601" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["not an error", "boom"],
  ])("leaves %s to Medusa", (_name, error) => {
    expect(serviceUnavailableRefusal(error)).toBeUndefined()
  })
})
