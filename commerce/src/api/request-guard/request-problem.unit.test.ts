import { describe, expect, it } from "vitest"
import { requestProblem } from "./request-problem"

const ok = { path: "/store/products", query: {}, body: {} }

describe("requestProblem", () => {
  it.each([
    ["a plain list", ok],
    ["an encoded Vietnamese handle", { ...ok, path: "/store/products/h%E1%BA%A1t-d%E1%BA%BB" }],
    ["paging", { ...ok, query: { limit: "20", offset: "0" } }],
    ["a date range", { ...ok, query: { created_at: { $gt: "2026-01-01", $lt: "2026-11-28T10:00:00Z" } } }],
    ["Vietnamese text in a body", { ...ok, body: { title: "Miến dong", nested: [{ note: "đồ" }] } }],
  ])("lets %s through", (_name, request) => {
    expect(requestProblem(request)).toBeNull()
  })

  it.each([
    ["an undecodable path", { ...ok, path: "/store/products/%E0%A4%A" }, "Địa chỉ"],
    ["a broken escape", { ...ok, path: "/store/products/%ZZ" }, "Địa chỉ"],
    ["an encoded NUL in the path", { ...ok, path: "/store/products/a%00b" }, "ký tự"],
    ["a NUL in the query", { ...ok, query: { q: "abc\u0000def" } }, "ký tự"],
    ["a NUL deep in a body", { ...ok, body: { variants: [{ label: "\u0000" }] } }, "ký tự"],
    ["a NUL in a body key", { ...ok, body: { ["a\u0000"]: 1 } }, "ký tự"],
    ["a negative limit", { ...ok, query: { limit: "-1" } }, "Số trang"],
    ["a huge offset", { ...ok, query: { offset: "9".repeat(40) } }, "Số trang"],
    ["a limit array", { ...ok, query: { limit: ["1", "2"] } }, "Số trang"],
    ["a date filter that is not a date", { ...ok, query: { created_at: { $gt: "' OR 1=1 --" } } }, "Ngày"],
    ["a dotted key", { ...ok, query: { "variants.id": "x" } }, "Tham số"],
  ])("refuses %s", (_name, request, words) => {
    expect(requestProblem(request)).toContain(words)
  })
})
