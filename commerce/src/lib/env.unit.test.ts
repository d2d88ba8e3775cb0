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
    ["an unknown worker mode", { MEDUSA_WORKER_MODE: "both", REDIS_URL: "redis://127.0.0.1:6379" }, "MEDUSA_WORKER_MODE"],
  ])("refuses to start with %s", (_label, override, variable) => {
    expect(() => loadEnv({ ...base, ...override })).toThrow(variable)
  })

  describe("with CHO_PHIEN_ENV=production", () => {
    const production = {
      ...base,
      CHO_PHIEN_ENV: "production",
      REDIS_URL: "redis://redis.internal:6379",
      COOKIE_SECURE: "true",
      STORE_CORS: "https://cho-phien.vn",
      ADMIN_CORS: "https://quan-tri.cho-phien.vn",
      AUTH_CORS: "https://cho-phien.vn,https://quan-tri.cho-phien.vn",
      VIETQR_ACCOUNT_NUMBER: "1234567890123",
      STRIPE_API_KEY: "sk_live_abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      STRIPE_PUBLISHABLE_KEY: "pk_live_abc",
    }

    it("starts when every production setting is in place", () => {
      const env = loadEnv(production)
      expect([env.CHO_PHIEN_ENV, env.COOKIE_SECURE, env.STORE_CORS]).toEqual(["production", true, "https://cho-phien.vn"])
    })

    it.each([
      ["no Redis (events, workflows and locks in memory)", { REDIS_URL: undefined }, "REDIS_URL", "without Redis"],
      ["cookies that may travel over http", { COOKIE_SECURE: "false" }, "COOKIE_SECURE", "must be true"],
      ["the default localhost CORS", { STORE_CORS: undefined }, "STORE_CORS", "public https:// origins"],
      ["a localhost admin origin", { ADMIN_CORS: "https://quan-tri.cho-phien.vn,http://localhost:9000" }, "ADMIN_CORS", "remove http://localhost:9000"],
      ["a plain-http storefront origin", { STORE_CORS: "http://cho-phien.vn" }, "STORE_CORS", "remove http://cho-phien.vn"],
      ["a loopback https origin", { AUTH_CORS: "https://127.0.0.1:4321" }, "AUTH_CORS", "remove https://127.0.0.1:4321"],
      ["the demo VietQR account", { VIETQR_ACCOUNT_NUMBER: undefined }, "VIETQR_ACCOUNT_NUMBER", "demo account"],
      ["a Stripe test secret key", { STRIPE_API_KEY: "sk_test_abc" }, "STRIPE_API_KEY", "sk_live_"],
      ["a Stripe test publishable key", { STRIPE_PUBLISHABLE_KEY: "pk_test_abc" }, "STRIPE_PUBLISHABLE_KEY", "pk_live_"],
    ])("refuses to start with %s", (_label, override, variable, advice) => {
      expect(() => loadEnv({ ...production, ...override })).toThrow(new RegExp(`${variable}: [^\\n]*${advice}`))
    })

    it("names every missing production setting at once", () => {
      const bare = { ...base, CHO_PHIEN_ENV: "production" }
      const message = (() => {
        try {
          loadEnv(bare)
          return ""
        } catch (error) {
          return (error as Error).message
        }
      })()
      for (const variable of ["REDIS_URL", "COOKIE_SECURE", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "VIETQR_ACCOUNT_NUMBER"]) {
        expect(message).toContain(`${variable}: `)
      }
    })

    it("lets a local start keep localhost, http and the demo account", () => {
      const env = loadEnv({ ...base, CHO_PHIEN_ENV: "development", STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" })
      expect([env.REDIS_URL, env.COOKIE_SECURE, env.VIETQR_ACCOUNT_NUMBER]).toEqual([undefined, false, "0011004455667"])
    })
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
