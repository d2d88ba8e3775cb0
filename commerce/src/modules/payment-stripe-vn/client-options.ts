/**
 * Where the Stripe client sends its requests. Without `apiBase` it talks to Stripe itself;
 * with one (stripe-mock in tests and demos: http://localhost:12111) it talks to that host.
 * Retries are off for a local stand-in, so a stopped stripe-mock fails at once.
 */
export type StripeClientOptions = {
  host?: string
  port?: number
  protocol?: "http" | "https"
  maxNetworkRetries?: number
  telemetry: boolean
}

export function stripeClientOptions(apiBase: string | undefined): StripeClientOptions {
  if (!apiBase) return { telemetry: false }
  const url = new URL(apiBase)
  const protocol = url.protocol === "http:" ? "http" : url.protocol === "https:" ? "https" : undefined
  if (!protocol) {
    throw new Error(`apiBase must be an http:// or https:// URL (got ${apiBase})`)
  }
  const port = url.port ? Number(url.port) : protocol === "http" ? 80 : 443
  return { host: url.hostname, port, protocol, maxNetworkRetries: 0, telemetry: false }
}
