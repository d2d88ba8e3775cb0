import { request } from "node:http"
import { medusaUrl, publishableKey } from "./store-api"

export type RawReply = { status: number; text: string; headers: Record<string, string | string[] | undefined> }

export type RawOptions = {
  token?: string
  /** Sends the storefront's publishable key on /store routes (default true). */
  key?: boolean
  headers?: Record<string, string>
  /** A JSON body, or a raw string sent as is. */
  body?: unknown
  /** Source address (any 127.x.y.z), so per-address limits of other tests are not shared. */
  from?: string
}

/**
 * One request whatever the answer is: no JSON parsing (CSV, HTML and empty replies are
 * answers too), no redirects followed, and the body is read as text for scanning.
 */
export function rawCall(method: string, route: string, options: RawOptions = {}): Promise<RawReply> {
  const url = new URL(route, medusaUrl)
  if (options.from) url.hostname = "127.0.0.1"
  const payload =
    options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body)
  const headers: Record<string, string> = {
    ...(payload !== undefined ? { "content-type": "application/json" } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(route.startsWith("/store") && options.key !== false ? { "x-publishable-api-key": publishableKey() } : {}),
    ...options.headers,
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress: options.from }, (res) => {
      let text = ""
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => (text += chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }))
    })
    req.on("error", reject)
    req.end(payload)
  })
}

/** Runs `work` over `items`, `width` at a time, keeping the order of the results. */
export async function pooled<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}

/** A random loopback source address (127.x.y.z), fresh per caller. */
export function loopback(): string {
  const byte = () => 1 + Math.floor(Math.random() * 250)
  return `127.${byte()}.${byte()}.${byte()}`
}

/** encodeURIComponent that also sends lone surrogates, as the invalid UTF-8 a hostile client would. */
export function encodeAny(value: string): string {
  let out = ""
  for (const char of value) {
    const lone = char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff
    out += lone ? "%ED%A0%80" : encodeURIComponent(char)
  }
  return out
}
