import { randomUUID } from "node:crypto"
import { request } from "node:http"
import { adminToken, withDb } from "../support/seller-api"
import { medusaUrl, publishableKey } from "../support/store-api"

type Reply = { status: number; text: string; headers: Record<string, string | string[] | undefined> }

/**
 * One raw request: any body (also malformed JSON), any answer, headers as Node received them.
 * Sent from a loopback address of its own, so no other suite's per-address counts move.
 */
function send(method: string, route: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const url = new URL(route, medusaUrl)
  url.hostname = "127.0.0.1"
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: options.headers, localAddress: SOURCE }, (res) => {
      let text = ""
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => (text += chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }))
    })
    req.on("error", reject)
    req.end(options.body)
  })
}

const SOURCE = `127.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`
const json = { "content-type": "application/json" }
const store = () => ({ ...json, "x-publishable-api-key": publishableKey() })

/** A JSON object of about `bytes` bytes that carries a marker to look for in the database. */
function bodyOfSize(bytes: number, marker: string): string {
  return JSON.stringify({ metadata: { marker, filler: "x".repeat(bytes) } })
}

describe("security headers on Medusa's answers", () => {
  type Caller = "buyer" | "nobody" | "operator" | "broken-json"
  const headersOf = async (caller: Caller): Promise<Record<string, string>> =>
    caller === "operator" ? { authorization: `Bearer ${await adminToken()}` } : caller === "nobody" ? {} : store()

  it.each<[string, string, string, Caller, number]>([
    ["a Store API answer", "GET", "/store/products?limit=1", "buyer", 200],
    ["a Store API refusal without the publishable key", "GET", "/store/products", "nobody", 400],
    ["a seller route without a token", "GET", "/seller/me", "nobody", 401],
    ["an operator's admin answer", "GET", "/admin/orders?limit=1", "operator", 200],
    ["a body Medusa's JSON parser refuses", "POST", "/store/carts", "broken-json", 400],
  ])("sets nosniff, referrer, framing, CSP and resource policy on %s", async (_label, method, route, caller, status) => {
    const body = caller === "broken-json" ? "{" : undefined
    const reply = await send(method, route, { headers: await headersOf(caller), body })
    expect(reply.status).toBe(status)
    expect(reply.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "cross-origin-resource-policy": "same-origin",
    })
    expect(reply.headers["x-powered-by"]).toBeUndefined()
  })

  it("keeps Express's own strict policy and framing refusal on a path nobody serves", async () => {
    const reply = await send("GET", "/khong-co-gi-o-day")
    expect(reply.status).toBe(404)
    // Express's final handler writes its own "default-src 'none'" over ours: stricter still.
    expect(reply.headers["content-security-policy"]).toMatch(/^default-src 'none'/)
    expect(reply.headers).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff" })
  })

  it("sends no HSTS while cookies are not marked Secure (plain http on this machine)", async () => {
    const reply = await send("GET", "/store/products?limit=1", { headers: store() })
    expect(reply.status).toBe(200)
    expect(reply.headers["strict-transport-security"]).toBeUndefined()
  })
})

describe("request-size limits", () => {
  it("refuses a 40 KB Store API body with 413 in Vietnamese and saves no cart", async () => {
    const marker = `oversized-${randomUUID()}`
    const reply = await send("POST", "/store/carts", { body: bodyOfSize(40 * 1024, marker), headers: store() })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.text)).toEqual({
      type: "payload_too_large",
      message: "Dữ liệu gửi lên quá lớn nên không được lưu. Hãy bớt chữ rồi gửi lại.",
    })
    expect(reply.headers["x-content-type-options"]).toBe("nosniff")
    const saved = await withDb((db) => db.query("select count(*)::int as n from cart where metadata->>'marker' = $1", [marker]))
    expect(saved.rows[0].n).toBe(0)
  })

  it("lets a seller body past the Store API's 32 KB through (to validation) and stops it at 64 KB", async () => {
    const medium = await send("POST", "/seller/auth/sign-in", { body: bodyOfSize(40 * 1024, "seller"), headers: json })
    expect(medium.status).toBe(400)
    expect(medium.text).not.toContain("quá lớn")
    const large = await send("POST", "/seller/auth/sign-in", { body: bodyOfSize(70 * 1024, "seller"), headers: json })
    expect([large.status, large.text]).toEqual([413, expect.stringContaining("payload_too_large")])
    expect(JSON.parse(large.text).message).toMatch(/quá lớn/)
  })

  it("refuses an oversized sign-in on Medusa's /auth routes", async () => {
    const reply = await send("POST", "/auth/user/emailpass", { body: bodyOfSize(40 * 1024, "auth"), headers: json })
    expect(reply.status).toBe(413)
  })

  it("leaves photo uploads to their own reader: 100 KB of photo meets the sign-in check, not the JSON limit", async () => {
    const photo = "\xff".repeat(100 * 1024)
    const reply = await send("POST", "/seller/households/ho-nong-thi-hoa/products/prod_x/photos", {
      body: photo,
      headers: { "content-type": "image/jpeg" },
    })
    expect(reply.status).toBe(401)
  })

  it("answers JSON that does not parse with 400 in Vietnamese", async () => {
    const reply = await send("POST", "/store/carts", { body: '{"region_id": ', headers: store() })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.text).message).toBe("Dữ liệu gửi lên bị lỗi, không đọc được. Hãy thử gửi lại.")
  })
})

describe("the admin session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and not Secure over plain http", async () => {
    const token = await adminToken()
    const reply = await send("POST", "/auth/session", { headers: { authorization: `Bearer ${token}` } })
    expect(reply.status).toBe(200)
    const cookies = [reply.headers["set-cookie"] ?? []].flat()
    const session = cookies.find((cookie) => cookie.startsWith("connect.sid="))
    expect(session).toBeDefined()
    const attributes = session!.split(";").map((part) => part.trim().toLowerCase())
    expect(attributes).toContain("httponly")
    expect(attributes).toContain("samesite=lax")
    expect(attributes).not.toContain("secure")
  })
})
