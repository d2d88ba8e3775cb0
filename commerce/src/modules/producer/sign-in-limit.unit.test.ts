import { describe, expect, it } from "vitest"
import { isSignInBlocked, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_PHONE_AND_IP } from "./sign-in-limit"

describe("isSignInBlocked", () => {
  it.each([
    [{ phone_and_ip: 0, ip: 0 }, false],
    [{ phone_and_ip: MAX_FAILURES_PER_PHONE_AND_IP - 1, ip: MAX_FAILURES_PER_PHONE_AND_IP - 1 }, false],
    [{ phone_and_ip: MAX_FAILURES_PER_PHONE_AND_IP, ip: MAX_FAILURES_PER_PHONE_AND_IP }, true],
    [{ phone_and_ip: 0, ip: MAX_FAILURES_PER_IP - 1 }, false],
    [{ phone_and_ip: 0, ip: MAX_FAILURES_PER_IP }, true],
  ])("%j → blocked=%s", (counts, blocked) => {
    expect(isSignInBlocked(counts)).toBe(blocked)
  })

  it("never blocks an address that has not failed, however often another address failed", () => {
    // The owner's pair and address have no failures of their own; the stranger's are not counted.
    expect(isSignInBlocked({ phone_and_ip: 0, ip: 0 })).toBe(false)
  })

  it("lets one address try a handful of numbers before the per-address limit", () => {
    expect(MAX_FAILURES_PER_IP).toBeGreaterThan(MAX_FAILURES_PER_PHONE_AND_IP)
  })
})
