import { readdirSync, readFileSync } from "node:fs"

/**
 * What the build benchmark (scripts/bench/build.ts) and the incremental-build test do to a
 * running stack: find a product, rename it through the admin API as an operator would,
 * and wait for its page to show the new name.
 */
export type BuildProbe = {
  urls: { medusa: string; storefront: string }
  publishableKey: string | undefined
  operator: { email: string; password: string }
}

export type ProbeProduct = { id: string; handle: string; title: string }

async function json<T>(response: Response, what: string): Promise<T> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

/** The product at `offset` in the Store API's list. */
export async function productAt(probe: BuildProbe, offset: number): Promise<ProbeProduct> {
  const url = new URL("/store/products", probe.urls.medusa)
  url.search = new URLSearchParams({ fields: "id,handle,title", limit: "1", offset: String(offset) }).toString()
  const { products } = await json<{ products: ProbeProduct[] }>(
    await fetch(url, { headers: { "x-publishable-api-key": probe.publishableKey ?? "" } }),
    "GET /store/products",
  )
  const [product] = products
  if (!product) throw new Error(`The Store API has no product at offset ${offset}.`)
  return product
}

async function operatorToken(probe: BuildProbe): Promise<string> {
  const response = await fetch(new URL("/auth/user/emailpass", probe.urls.medusa), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(probe.operator),
  })
  return (await json<{ token: string }>(response, "operator sign-in")).token
}

export async function changeTitle(probe: BuildProbe, productId: string, title: string): Promise<void> {
  const token = await operatorToken(probe)
  const response = await fetch(new URL(`/admin/products/${productId}`, probe.urls.medusa), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ title }),
  })
  await json(response, `POST /admin/products/${productId}`)
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/** Whether a product page's heading is exactly `title` (a longer title that contains it does not count). */
export function pageShowsTitle(html: string, title: string): boolean {
  const heading = html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]
  return heading !== undefined && (heading === title || heading === escapeHtml(title))
}

/** Seconds until /san-pham/<handle>/ shows `title` as its heading; throws after `withinMs`. */
export async function waitForTitle(probe: BuildProbe, handle: string, title: string, withinMs = 10 * 60_000): Promise<number> {
  const started = performance.now()
  const url = new URL(`/san-pham/${handle}/`, probe.urls.storefront)
  let last = "no answer yet"
  while (performance.now() - started < withinMs) {
    const response = await fetch(url).catch(() => undefined)
    const html = response?.ok ? await response.text() : ""
    last = response ? `HTTP ${response.status}` : "no connection"
    if (pageShowsTitle(html, title)) return (performance.now() - started) / 1000
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not show "${title}" within ${withinMs / 1000} s (last: ${last})`)
}

/**
 * Peak resident memory and CPU time of the Astro build children of this process, sampled
 * twice a second from /proc (VmHWM is the kernel's own high-water mark; CPU time is read
 * until the child ends, so the last half second may be missed). CPU seconds say what a
 * build costs whatever else the machine is doing. Linux only; elsewhere nothing is reported.
 */
export function sampleBuildCost(): { stop: () => { peakRssMb: number | undefined; cpuSeconds: number | undefined } } {
  const peakKb = new Map<string, number>()
  const cpuTicks = new Map<string, number>()
  const sample = () => {
    let pids: string[] = []
    try {
      pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name))
    } catch {
      return
    }
    for (const pid of pids) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8")
        if (Number(status.match(/^PPid:\s+(\d+)/m)?.[1]) !== process.pid) continue
        if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("astro")) continue
        peakKb.set(pid, Math.max(peakKb.get(pid) ?? 0, Number(status.match(/^VmHWM:\s+(\d+)/m)?.[1] ?? 0)))
        // Fields after the command name: state is the 3rd, utime and stime the 14th and 15th.
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? []
        cpuTicks.set(pid, Number(fields[11] ?? 0) + Number(fields[12] ?? 0))
      } catch {
        // The process ended between listing and reading.
      }
    }
  }
  const timer = setInterval(sample, 500)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      const peak = Math.max(0, ...peakKb.values())
      const ticks = [...cpuTicks.values()].reduce((sum, t) => sum + t, 0)
      // Linux reports CPU time in clock ticks of 1/100 s on every common build.
      return { peakRssMb: peak > 0 ? peak / 1024 : undefined, cpuSeconds: cpuTicks.size ? ticks / 100 : undefined }
    },
  }
}
