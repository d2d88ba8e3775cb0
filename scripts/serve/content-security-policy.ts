import type { HeaderRule } from "./headers-file.ts"

export type SitePolicyInput = {
  /** Origin of the Store API the islands call and the photos come from (MEDUSA_URL). */
  medusaOrigin: string
  /** Further origins photos are served from (an S3 bucket or CDN), if any. */
  imageOrigins: string[]
  /** 'sha256-…' sources of the inline <style> and executable inline <script> blocks of the build. */
  styleHashes: string[]
  scriptHashes: string[]
  /** Origin of Stripe.js (STOREFRONT_STRIPE_JS_URL); only checkout pages may load it. */
  stripeJsOrigin: string
}

/** Stripe.js talks to its API and shows 3-D Secure in a frame from hooks.stripe.com. */
const STRIPE_API = "https://api.stripe.com"
const STRIPE_HOOKS = "https://hooks.stripe.com"

/** Paths of the checkout pages, the only ones that load a script from another origin. */
export const CHECKOUT_PATHS = ["/thanh-toan/", "/en/checkout/"]

/** Paths of the seller page, which keeps a photo taken offline as a data: URL and reads it back with fetch(). */
export const SELLER_PATHS = ["/ban-hang/", "/en/sell/"]

export type Section = "site" | "checkout" | "seller"

export function sectionOf(path: string): Section {
  if (CHECKOUT_PATHS.some((prefix) => path.startsWith(prefix))) return "checkout"
  if (SELLER_PATHS.some((prefix) => path.startsWith(prefix))) return "seller"
  return "site"
}

/**
 * The Content-Security-Policy of a page. Scripts only from the site itself (Astro bundles
 * every island into /_astro/), never inline unless hashed; the one inline stylesheet Astro
 * writes per page is hashed. Style attributes stay allowed: photo placeholders are a
 * per-photo `style="background-image:url(data:…)"`, and an attribute cannot run script.
 */
export function contentSecurityPolicy(input: SitePolicyInput, section: Section): string {
  const checkout = section === "checkout"
  const stripe = checkout ? [input.stripeJsOrigin] : []
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", ...input.scriptHashes, ...stripe]],
    ["style-src", ["'self'", ...input.styleHashes]],
    ["style-src-attr", ["'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:", input.medusaOrigin, ...input.imageOrigins]],
    ["connect-src", ["'self'", input.medusaOrigin, ...input.imageOrigins, ...(checkout ? [STRIPE_API] : []), ...(section === "seller" ? ["data:"] : [])]],
    ["frame-src", checkout ? unique([input.stripeJsOrigin, STRIPE_HOOKS]) : ["'none'"]],
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["object-src", ["'none'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${unique(sources).join(" ")}`).join("; ")
}

/** Headers every response of the storefront carries, whatever its type. */
export const COMMON_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Frame-Options", "DENY"],
]

/**
 * The rules of the build's `_headers`: the common headers for everything, then one policy
 * rule per section of the site (its top-level folders and files, and those under /en/), the
 * checkout sections with Stripe allowed, the seller sections reading data: URLs. No two policy rules match the same path, so every
 * CDN reads them alike (see headers-file.ts). A path outside every section (a 404 for an
 * unknown folder) still gets the common headers, framing refused among them.
 */
export function siteHeaderRules(entries: SiteEntries, input: SitePolicyInput): HeaderRule[] {
  const sectionRules = sectionPaths(entries).map((path) => ({
    path,
    headers: [["Content-Security-Policy", contentSecurityPolicy(input, sectionOf(path))]] as [string, string][],
  }))
  return [{ path: "/*", headers: COMMON_HEADERS }, ...sectionRules]
}

/** The top-level names of a build, and those under its /en/ folder. */
export type SiteEntries = { folders: string[]; files: string[]; enFolders: string[]; enFiles: string[] }

export function sectionPaths(entries: SiteEntries): string[] {
  const top = [
    "/",
    ...entries.files.map((file) => `/${file}`),
    ...entries.folders.filter((folder) => folder !== "en").map((folder) => `/${folder}/*`),
  ]
  const english = entries.folders.includes("en")
    ? ["/en", "/en/", ...entries.enFiles.map((file) => `/en/${file}`), ...entries.enFolders.map((folder) => `/en/${folder}/*`)]
    : []
  return [...top, ...english].sort()
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
