import { describe, expect, it } from "vitest"
import { bodyParserRefusal } from "./error-handler"
import { securityHeaders } from "./security-headers"

describe("securityHeaders", () => {
  it.each([
    ["/store/products", "default-src 'none'; frame-ancestors 'none'", "same-origin"],
    ["/seller/me", "default-src 'none'; frame-ancestors 'none'", "same-origin"],
    ["/admin/orders", "default-src 'none'; frame-ancestors 'none'", "same-origin"],
    ["/hooks/payment/stripe_stripe", "default-src 'none'; frame-ancestors 'none'", "same-origin"],
    // The admin SPA runs its own scripts and styles: only framing is forbidden there.
    ["/app", "frame-ancestors 'none'", undefined],
    ["/app/orders", "frame-ancestors 'none'", undefined],
    ["/application", "default-src 'none'; frame-ancestors 'none'", "same-origin"],
  ])("gives %s the policy %s", (path, policy, resourcePolicy) => {
    const headers = securityHeaders(path, { https: false })
    expect(headers["Content-Security-Policy"]).toBe(policy)
    expect(headers["Cross-Origin-Resource-Policy"]).toBe(resourcePolicy)
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    })
  })

  it.each([
    [true, "max-age=15552000"],
    [false, undefined],
  ])("sends HSTS only behind HTTPS (secure cookies: %s)", (https, hsts) => {
    expect(securityHeaders("/store/carts", { https })["Strict-Transport-Security"]).toBe(hsts)
  })
})

describe("bodyParserRefusal", () => {
  const parserError = (type: string, status: number) => Object.assign(new Error("internal words"), { type, status })

  it.each([
    ["an oversized body", parserError("entity.too.large", 413), 413],
    ["JSON that does not parse", parserError("entity.parse.failed", 400), 400],
    ["an unknown content encoding", parserError("encoding.unsupported", 415), 415],
  ])("answers %s with a Vietnamese message and status %i", (_label, error, status) => {
    const refusal = bodyParserRefusal(error)
    expect(refusal?.status).toBe(status)
    expect(refusal?.message).not.toContain("internal words")
    expect(refusal?.message).toMatch(/Dữ liệu gửi lên/)
  })

  it.each([
    ["a Medusa error", Object.assign(new Error("Không tìm thấy"), { type: "not_found" })],
    ["a plain error", new Error("boom")],
    ["a thrown string", "boom"],
  ])("leaves %s to Medusa's handler", (_label, error) => {
    expect(bodyParserRefusal(error)).toBeUndefined()
  })
})
