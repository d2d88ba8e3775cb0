import { describe, expect, it } from "vitest"
import { addressFrom, clientAddress, limitKey, parseTrustProxy, plainAddress, TRUST_NOTHING } from "./client-address"

describe("addressFrom", () => {
  const oneHop = parseTrustProxy("1")
  const twoHops = parseTrustProxy("2")
  const listed = parseTrustProxy("10.0.0.0/8, 192.0.2.7")

  it.each([
    // [socket peer, X-Forwarded-For, trust, the client]
    ["203.0.113.7", undefined, TRUST_NOTHING, "203.0.113.7"],
    ["203.0.113.7", "198.51.100.1", TRUST_NOTHING, "203.0.113.7"],
    ["::ffff:203.0.113.7", "198.51.100.1, 198.51.100.2", TRUST_NOTHING, "203.0.113.7"],
    ["10.0.0.5", "198.51.100.9", oneHop, "198.51.100.9"],
    // A client-made entry on the left is never reached with one trusted hop.
    ["10.0.0.5", "6.6.6.6, 198.51.100.9", oneHop, "198.51.100.9"],
    ["10.0.0.5", "6.6.6.6, 198.51.100.9, 10.0.0.4", twoHops, "198.51.100.9"],
    // Fewer entries than hops: the leftmost there is, never beyond the header.
    ["10.0.0.5", undefined, oneHop, "10.0.0.5"],
    ["10.0.0.5", "198.51.100.9", twoHops, "198.51.100.9"],
    ["10.0.0.5", "6.6.6.6, 198.51.100.9, 10.1.2.3", listed, "198.51.100.9"],
    ["192.0.2.7", "198.51.100.9", listed, "198.51.100.9"],
    // The peer is not a listed proxy: its header is the client's own words.
    ["203.0.113.7", "198.51.100.9", listed, "203.0.113.7"],
    // Every entry is a proxy: the leftmost is the best there is.
    ["10.0.0.5", "10.0.0.6", listed, "10.0.0.6"],
    ["10.0.0.5", ["6.6.6.6", "198.51.100.9"], oneHop, "198.51.100.9"],
    [undefined, undefined, TRUST_NOTHING, "unknown"],
  ] as const)("peer %s, forwarded %j → %s", (peer, forwarded, trust, expected) => {
    expect(addressFrom(peer, forwarded as string | string[] | undefined, trust)).toBe(expected)
  })
})

describe("parseTrustProxy", () => {
  it.each(["", "false", "0", undefined])("trusts nothing for %j", (value) => {
    expect(addressFrom("203.0.113.7", "198.51.100.1", parseTrustProxy(value))).toBe("203.0.113.7")
  })

  it.each(["yes", "10.0.0.0/33", "10.0.0.1/8/2", "300.1.1.1", "11", "fe80::/129"])("refuses %j with the part named", (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/)
  })

  it("reads IPv6 ranges", () => {
    expect(addressFrom("2001:db8::1", "198.51.100.1", parseTrustProxy("2001:db8::/32"))).toBe("198.51.100.1")
  })
})

describe("limitKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::1", "0:0:0:0::/64"],
    ["2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:bbbb:cccc:dddd:eeee", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002::", "2001:db8:1:2::/64"],
    ["64:ff9b::203.0.113.7", "64:ff9b::203.0.113.7"],
    ["unknown", "unknown"],
  ])("%s counts as %s", (address, key) => {
    expect(limitKey(address)).toBe(key)
  })

  it("puts every address of one /64 under one key and neighbours under others", () => {
    expect(limitKey("2001:db8:1:2::1")).toBe(limitKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
    expect(limitKey("2001:db8:1:2::1")).not.toBe(limitKey("2001:db8:1:3::1"))
  })
})

describe("plainAddress", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    [" 198.51.100.1 ", "198.51.100.1"],
    ["2001:DB8::1", "2001:db8::1"],
  ])("%j → %s", (raw, plain) => {
    expect(plainAddress(raw)).toBe(plain)
  })
})

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless told to trust a proxy", () => {
    const req = { socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": "198.51.100.1" } }
    expect(clientAddress(req, TRUST_NOTHING)).toBe("127.0.0.1")
    expect(clientAddress(req, parseTrustProxy("127.0.0.1"))).toBe("198.51.100.1")
  })
})
