import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { loadEnv } from "./env"

const dataDir = mkdtempSync(path.join(tmpdir(), "cho-phien-env-"))
const strong = "x".repeat(48)
const base = {
  CHO_PHIEN_DATA_DIR: dataDir,
  DATABASE_URL: "postgres://postgres:pw@localhost:5432/cho_phien",
  JWT_SECRET: strong,
  COOKIE_SECRET: strong,
}

describe("loadEnv", () => {
  it.each([
    ["Medusa's published default secret", { JWT_SECRET: ["super", "secret"].join("") }, "JWT_SECRET"],
    ["a short cookie secret", { COOKIE_SECRET: "changeme" }, "COOKIE_SECRET"],
    ["CORS open to every origin", { STORE_CORS: "http://localhost:4321,*" }, "STORE_CORS"],
    ["a database URL that is not PostgreSQL", { DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    ["a port out of range", { MEDUSA_PORT: "70000" }, "MEDUSA_PORT"],
    ["a Stripe key without its webhook secret", { STRIPE_API_KEY: "sk_test_123" }, "STRIPE_WEBHOOK_SECRET"],
  ])("refuses to start with %s", (_label, override, variable) => {
    expect(() => loadEnv({ ...base, ...override })).toThrow(variable)
  })

  it("allows the local storefront and admin origins by default", () => {
    const env = loadEnv({ ...base, STOREFRONT_PORT: "4421", MEDUSA_PORT: "9100" })
    expect(env.STORE_CORS).toBe("http://localhost:4421,http://127.0.0.1:4421")
    expect(env.ADMIN_CORS).toBe("http://localhost:9100,http://127.0.0.1:9100")
    expect(env.COOKIE_SECURE).toBe(false)
  })

  it("reads the secrets npm start generated when the environment has none", () => {
    const generated = { jwtSecret: "j".repeat(40), cookieSecret: "c".repeat(40) }
    writeFileSync(path.join(dataDir, "secrets.json"), JSON.stringify(generated))
    const env = loadEnv({ CHO_PHIEN_DATA_DIR: dataDir, DATABASE_URL: base.DATABASE_URL })
    expect([env.JWT_SECRET, env.COOKIE_SECRET]).toEqual([generated.jwtSecret, generated.cookieSecret])
  })
})
