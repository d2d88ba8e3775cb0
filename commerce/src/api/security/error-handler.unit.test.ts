import { describe, expect, it } from "vitest"
import { undecodablePathRefusal } from "./error-handler"

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
