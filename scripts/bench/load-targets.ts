import type { LoadTarget } from "./load.ts"

type Catalog = { medusaUrl: string; storefrontUrl: string; publishableKey: string }

const WORDS = ["hat de", "mien dong", "thit trau gac bep", "che", "mat ong", "huong", "dao", "vai tho cam", "banh", "nam huong"]

/** A different documentation-range client address per request (the bench stack trusts 127.0.0.1 as its proxy). */
function clientAddress(index: number): string {
  return `198.51.${Math.floor(index / 250) % 250}.${(index % 250) + 1}`
}

async function json<T>(url: string, init: RequestInit & { headers: Record<string, string> }): Promise<T> {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
  return (await response.json()) as T
}

/**
 * The four routes a buyer's visit is made of: the product list (Store API), a product page (the
 * static server), search, and add-to-cart into carts made beforehand (rotating over carts and
 * variants, so no line grows past its stock). Requests carry rotating client addresses, as a
 * crowd of phones would, so the per-address limits measure the routes, not the limiter.
 */
export async function catalogLoadTargets(catalog: Catalog, carts = 40): Promise<LoadTarget[]> {
  const store = { "x-publishable-api-key": catalog.publishableKey }
  const list = await json<{ products: { handle: string; metadata: Record<string, unknown> | null; variants: { id: string }[] }[] }>(
    `${catalog.medusaUrl}/store/products?limit=100&fields=handle,metadata,variants.id`,
    { headers: store },
  )
  // Goods only: an experience's page lives under /trai-nghiem/ and its dates are booked, not carted.
  const goods = list.products.filter((p) => p.metadata?.["kind"] !== "experience")
  const handles = goods.map((p) => p.handle)
  const variants = goods.flatMap((p) => p.variants.map((v) => v.id))
  const made: { id: string; token: string }[] = []
  for (let i = 0; i < carts; i += 1) {
    const reply = await json<{ cart: { id: string }; cart_token: string }>(`${catalog.medusaUrl}/store/checkout/carts`, {
      method: "POST",
      headers: { ...store, "content-type": "application/json", "x-forwarded-for": clientAddress(10_000 + i) },
      body: "{}",
    })
    made.push({ id: reply.cart.id, token: reply.cart_token })
  }
  let n = 0
  const next = () => (n += 1)
  const tokenOf = new Map(made.map((cart) => [`/store/carts/${cart.id}/line-items`, cart.token]))
  return [
    { name: "product list", baseUrl: catalog.medusaUrl, method: "GET", path: "/store/products?limit=20", headers: store, headersFor: () => ({ "x-forwarded-for": clientAddress(next()) }) },
    { name: "product page", baseUrl: catalog.storefrontUrl, method: "GET", path: () => `/san-pham/${handles[next() % handles.length]}/` },
    {
      name: "search",
      baseUrl: catalog.medusaUrl,
      method: "GET",
      path: () => `/store/search?q=${encodeURIComponent(WORDS[next() % WORDS.length] ?? "che")}&limit=20`,
      headers: store,
      headersFor: () => ({ "x-forwarded-for": clientAddress(next()) }),
    },
    {
      name: "add to cart",
      baseUrl: catalog.medusaUrl,
      method: "POST",
      path: () => `/store/carts/${made[next() % made.length]?.id}/line-items`,
      headers: store,
      headersFor: (path) => ({ "x-cart-token": tokenOf.get(path) ?? "", "x-forwarded-for": clientAddress(next()) }),
      body: () => JSON.stringify({ variant_id: variants[next() % variants.length], quantity: 1 }),
    },
  ]
}
