import { BlockList, isIP } from "node:net"

/**
 * Which proxies stand in front of the server: nobody (the default), a number of hops
 * (`TRUST_PROXY=1` behind one load balancer), or the proxies' own addresses and ranges
 * (`TRUST_PROXY=10.0.0.0/8,192.0.2.7`). Only what is trusted may name the client; an
 * X-Forwarded-For header sent straight to the server is ignored, so a client cannot pick a
 * fresh address for every guess.
 */
export type ProxyTrust = { hops: number } | { proxies: BlockList }

export const TRUST_NOTHING: ProxyTrust = { hops: 0 }

/** Reads TRUST_PROXY; throws with the faulty part named, so start-up refuses a typo. */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = (value ?? "").trim()
  if (text === "" || text === "false") return TRUST_NOTHING
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    if (hops > 10) throw new Error(`TRUST_PROXY: ${hops} hops is more than any real chain of proxies`)
    return { hops }
  }
  const proxies = new BlockList()
  for (const part of text.split(",").map((entry) => entry.trim()).filter(Boolean)) {
    const [address, prefix, extra] = part.split("/")
    const family = isIP(address)
    const bits = prefix === undefined ? undefined : Number(prefix)
    const maxBits = family === 6 ? 128 : 32
    if (!family || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new Error(`TRUST_PROXY: "${part}" is neither a number of hops nor an address or range like 10.0.0.0/8`)
    }
    const type = family === 6 ? "ipv6" : "ipv4"
    if (bits === undefined) proxies.addAddress(address, type)
    else proxies.addSubnet(address, bits, type)
  }
  return { proxies }
}

/** `::ffff:203.0.113.7` (IPv4 on a dual-stack socket) is 203.0.113.7. */
export function plainAddress(address: string): string {
  const trimmed = address.trim()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped ? mapped[1] : trimmed.toLowerCase()
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const family = isIP(address)
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4")
}

/**
 * The address a request came from: the socket's peer, or — only through trusted proxies —
 * the X-Forwarded-For entry the last trusted proxy was handed. Entries are read from the
 * right, because each proxy appends the address it saw and only the right end is written by
 * proxies we trust; anything further left could be made up by the client.
 */
export function addressFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  const peer = plainAddress(socketAddress ?? "unknown")
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? ""
  const chain = [peer, ...header.split(",").map(plainAddress).filter(Boolean).reverse()]
  if ("hops" in trust) {
    return chain[Math.min(trust.hops, chain.length - 1)]
  }
  let index = 0
  while (index < chain.length - 1 && isTrusted(chain[index], trust.proxies)) {
    index += 1
  }
  return chain[index]
}

/**
 * The key a limit counts under: the address itself for IPv4, the /64 network for IPv6,
 * since one home or phone gets a whole /64 and could otherwise step through its addresses.
 */
export function limitKey(address: string): string {
  // An IPv4 tail inside IPv6 (NAT64) is rare enough to count as the address itself.
  if (isIP(address) !== 6 || address.includes(".")) return address
  const groups = expandIpv6(address)
  return `${groups.slice(0, 4).join(":")}::/64`
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.split("::")
  const left = head ? head.split(":") : []
  const right = tail === undefined ? [] : tail ? tail.split(":") : []
  const missing = 8 - left.length - right.length
  const groups = tail === undefined ? left : [...left, ...Array(missing).fill("0"), ...right]
  return groups.map((group) => group.replace(/^0+(?=.)/, ""))
}

let configured: ProxyTrust | undefined

/** TRUST_PROXY as read once per process (start-up already refused a malformed value). */
function configuredTrust(): ProxyTrust {
  configured ??= parseTrustProxy(process.env.TRUST_PROXY)
  return configured
}

type RequestLike = { socket?: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> }

/** The limit key of the client behind a request: every limit counts by this, and only this. */
export function clientAddress(req: RequestLike, trust: ProxyTrust = configuredTrust()): string {
  return limitKey(addressFrom(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trust))
}
