/**
 * What a seller does and what a buyer sees, over plain HTTP: shared by the freshness test
 * and the freshness benchmark so both measure the same thing, from publish to page.
 */
export type Probe = { medusaUrl: string; storefrontUrl: string }

/** The demo household every seed has (README), and its password. */
export const DEMO_SELLER = { phone: "0910000000", password: "chophien2026", household: "ho-nong-thi-hoa" }

async function sellerCall<T>(probe: Probe, method: string, route: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(route, probe.medusaUrl), {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`)
  return (text ? JSON.parse(text) : {}) as T
}

export async function signInSeller(probe: Probe): Promise<string> {
  const { phone, password } = DEMO_SELLER
  const reply = await sellerCall<{ token: string }>(probe, "POST", "/seller/auth/sign-in", undefined, { phone, password })
  return reply.token
}

export type Listing = { id: string; handle: string; title: string }

const productsRoute = `/seller/households/${DEMO_SELLER.household}/products`

/** A draft with a title nobody else uses, so its page can only be this run's. */
export async function createListing(probe: Probe, token: string, label: string): Promise<Listing> {
  const title = `Miến dong ${label} ${Math.random().toString(36).slice(2, 8)}`
  const body = { title_vi: title, category: "nong-san", variants: [{ label: "Gói 500 g", price_vnd: 45_000, weight_g: 500, stock: 5 }] }
  const { product } = await sellerCall<{ product: { id: string; handle: string } }>(probe, "POST", productsRoute, token, body)
  return { id: product.id, handle: product.handle, title }
}

export async function setPublished(probe: Probe, token: string, listing: Listing, published: boolean): Promise<string> {
  const action = published ? "publish" : "unpublish"
  const route = `${productsRoute}/${listing.id}/${action}`
  const { product } = await sellerCall<{ product: { status: string } }>(probe, "POST", route, token)
  return product.status
}

export async function deleteListing(probe: Probe, token: string, listing: Listing): Promise<void> {
  await sellerCall(probe, "DELETE", `${productsRoute}/${listing.id}`, token)
}

export function pageUrl(probe: Probe, listing: Listing): string {
  return new URL(`/san-pham/${listing.handle}/`, probe.storefrontUrl).toString()
}

/**
 * Polls the listing's storefront page every `everyMs` until it is live (200 with the title)
 * or gone (404), and returns the seconds it took; throws once `withinMs` has passed.
 */
export async function waitForPage(
  probe: Probe,
  listing: Listing,
  want: "live" | "gone",
  withinMs: number,
  everyMs = 500,
): Promise<number> {
  const started = performance.now()
  let last = "no answer yet"
  while (performance.now() - started < withinMs) {
    const response = await fetch(pageUrl(probe, listing)).catch(() => undefined)
    const text = response ? await response.text() : ""
    last = response ? `HTTP ${response.status}` : "no connection"
    const live = response?.status === 200 && text.includes(listing.title)
    if ((want === "live" && live) || (want === "gone" && response?.status === 404)) {
      return (performance.now() - started) / 1000
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`${pageUrl(probe, listing)} was not ${want} after ${withinMs / 1000} s (last: ${last})`)
}
