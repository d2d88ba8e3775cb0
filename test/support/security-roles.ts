import { fillTemplate, type Method, type Route } from "./security-routes"

export type RoleName =
  | "no token"
  | "no publishable key"
  | "buyer (customer)"
  | "buyer (another cart's token)"
  | "seller"
  | "helper"
  | "tourism staff"
  | "buyer (session cookie)"
  | "seller (session cookie)"
  | "tourism staff (session cookie)"

/** What the sweep signed in as, and the things it owns or must not reach. */
export type SweepContext = {
  tokens: { customer: string; seller: string; helper: string; staff: string }
  /** Medusa's session cookies (POST /auth/session turns any bearer into one). */
  cookies: { customer: string; seller: string; staff: string }
  /** The seller's own household (registered by the sweep) and one it has nothing to do with. */
  households: { own: string; foreign: string; helped: string }
  /** Cart Y is the target; the buyer holds only cart X's token. */
  carts: { targetId: string; targetToken: string; otherToken: string }
}

export type Attempt = {
  role: RoleName
  method: Method
  path: string
  token?: string
  key?: boolean
  headers?: Record<string, string>
  /** Whether a 2xx is this role's business on this route. */
  allowed: boolean
}

/**
 * What tourism staff may reach, written out here rather than imported from the guard, so
 * the sweep checks the guard instead of repeating it: the destination editor, and what the
 * dashboard reads to sign in and draw its frame.
 */
export function staffMayReach(method: Method, path: string): boolean {
  if (/^\/admin\/destinations(\/|$)/.test(path)) return true
  return method === "GET" && ["/admin/users/me", "/admin/stores", "/admin/feature-flags"].includes(path)
}

const CLOSED_STORE = [/^\/store\/orders(\/|$)/, /^\/store\/payment-collections(\/|$)/]
const CART_BOUND = /^\/store\/(checkout\/)?carts\/:id(\/|$)/
const CUSTOMER_ONLY = /^\/store\/customers(\/|$)/

/**
 * Medusa's admin routes that answer anyone by design: the dashboard reads the feature flags
 * and whether Medusa Cloud sign-in is on before anyone has signed in. Neither holds data.
 */
export const PUBLIC_BY_DESIGN = ["GET /admin/feature-flags", "GET /cloud/auth"]

type CookieRule = { staff?: boolean; customer?: boolean; anyone?: boolean }

/** The same request carried by each role's session cookie instead of its bearer token. */
function cookieAttempts(method: Method, path: string, ctx: SweepContext, may: CookieRule = {}): Attempt[] {
  const cookie = (value: string) => ({ cookie: value })
  return [
    { role: "buyer (session cookie)", method, path, headers: cookie(ctx.cookies.customer), allowed: Boolean(may.customer || may.anyone) },
    { role: "seller (session cookie)", method, path, headers: cookie(ctx.cookies.seller), allowed: Boolean(may.anyone) },
    { role: "tourism staff (session cookie)", method, path, headers: cookie(ctx.cookies.staff), allowed: Boolean(may.staff || may.anyone) },
  ]
}

function adminAttempts(route: Route, ctx: SweepContext): Attempt[] {
  const path = fillTemplate(route.template)
  const { method } = route
  const open = PUBLIC_BY_DESIGN.includes(`${method} ${route.template}`)
  // A helper is a seller to the admin API (same actor type), so the seller stands for both here.
  // Cookies on every route of ours and on Medusa's list reads: enough to show the guards read sessions too.
  const sampled = route.source === "ours" || (method === "GET" && !route.template.includes(":"))
  const cookies = sampled ? cookieAttempts(method, path, ctx, { anyone: open, staff: staffMayReach(method, route.template) }) : []
  return [
    ...cookies,
    { role: "no token", method, path, allowed: open },
    { role: "buyer (customer)", method, path, token: ctx.tokens.customer, allowed: open },
    { role: "seller", method, path, token: ctx.tokens.seller, allowed: open },
    { role: "tourism staff", method, path, token: ctx.tokens.staff, allowed: open || staffMayReach(method, route.template) },
  ]
}

function sellerAttempts(route: Route, ctx: SweepContext): Attempt[] {
  const { method, template } = route
  if (template.startsWith("/seller/auth/")) {
    return [{ role: "no token", method, path: fillTemplate(template), allowed: true }]
  }
  const at = (handle: string) => fillTemplate(template, { handle })
  const strangers: Attempt[] = [
    // Seller routes take a bearer token only: no session cookie opens them, not even the owner's.
    ...cookieAttempts(method, at(ctx.households.own), ctx),
    { role: "no token", method, path: at(ctx.households.own), allowed: false },
    { role: "buyer (customer)", method, path: at(ctx.households.own), token: ctx.tokens.customer, allowed: false },
    { role: "tourism staff", method, path: at(ctx.households.own), token: ctx.tokens.staff, allowed: false },
  ]
  if (!template.includes(":handle")) {
    return [
      ...strangers,
      { role: "seller", method, path: at(ctx.households.own), token: ctx.tokens.seller, allowed: true },
      { role: "helper", method, path: at(ctx.households.own), token: ctx.tokens.helper, allowed: true },
    ]
  }
  return [
    ...strangers,
    { role: "seller", method, path: at(ctx.households.own), token: ctx.tokens.seller, allowed: true },
    { role: "seller", method, path: at(ctx.households.foreign), token: ctx.tokens.seller, allowed: false },
    { role: "helper", method, path: at(ctx.households.helped), token: ctx.tokens.helper, allowed: true },
    { role: "helper", method, path: at(ctx.households.own), token: ctx.tokens.helper, allowed: false },
  ]
}

function storeAttempts(route: Route, ctx: SweepContext): Attempt[] {
  const { method, template } = route
  const cartBound = CART_BOUND.test(template)
  const path = fillTemplate(template, cartBound ? { id: ctx.carts.targetId } : {})
  const closed = CLOSED_STORE.some((rule) => rule.test(template)) || (method === "POST" && template === "/store/carts")
  const customerOnly = CUSTOMER_ONLY.test(template)
  const open = !closed && !cartBound && !customerOnly
  const attempts: Attempt[] = [
    { role: "no publishable key", method, path, key: false, allowed: false },
    { role: "no token", method, path, allowed: open },
    { role: "buyer (customer)", method, path, token: ctx.tokens.customer, allowed: open || (customerOnly && template !== "/store/customers") },
  ]
  if (cartBound) {
    attempts.push({
      role: "buyer (another cart's token)",
      method,
      path,
      headers: { "x-cart-token": ctx.carts.otherToken },
      allowed: false,
    })
  }
  if (customerOnly) attempts.push(...cookieAttempts(method, path, ctx, { customer: template !== "/store/customers" }))
  if (customerOnly || cartBound) {
    attempts.push(
      { role: "seller", method, path, token: ctx.tokens.seller, allowed: false },
      { role: "tourism staff", method, path, token: ctx.tokens.staff, allowed: false }
    )
  }
  return attempts
}

function authAttempts(route: Route, ctx: SweepContext): Attempt[] {
  const { method, template } = route
  // Medusa's generic seller auth is closed: sellers sign in at /seller/auth/sign-in.
  const seller = fillTemplate(template, { actor_type: "seller" })
  const attempts: Attempt[] = [
    { role: "no token", method, path: fillTemplate(template), allowed: !template.startsWith("/auth/mfa") },
  ]
  if (template.includes(":actor_type")) {
    attempts.push({ role: "no token", method, path: seller, allowed: false })
    attempts.push({ role: "seller", method, path: seller, token: ctx.tokens.seller, allowed: false })
  }
  return attempts
}

/**
 * Every (role, request) pair of the sweep for one route. `/hooks/payment/:provider` is
 * left out: Medusa answers every caller there by design and checks the provider's signature
 * when it processes the event (test/integration/stripe-payments.test.ts covers that).
 */
export function attemptsFor(route: Route, ctx: SweepContext): Attempt[] {
  const area = route.template.split("/")[1]
  if (area === "admin" || area === "cloud") return adminAttempts(route, ctx)
  if (area === "seller") return sellerAttempts(route, ctx)
  if (area === "store") return storeAttempts(route, ctx)
  if (area === "auth") return authAttempts(route, ctx)
  return []
}
