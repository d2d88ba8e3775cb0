/**
 * Tourism staff are admin users with `metadata.role = "tourism_staff"`. Medusa 2.21's
 * role-based access (@medusajs/rbac) is behind an experimental feature flag, so the rule is
 * ours: such a user may call only what the destination editor needs, and nothing else of
 * the admin API (orders, payments, households, payouts, products…).
 */
export const TOURISM_STAFF_ROLE = "tourism_staff"

export function isTourismStaff(metadata: Record<string, unknown> | null | undefined): boolean {
  return metadata?.role === TOURISM_STAFF_ROLE
}

type Rule = { methods: readonly string[]; path: RegExp }

const READ = ["GET", "HEAD", "OPTIONS"] as const
const ANY = ["GET", "HEAD", "OPTIONS", "POST", "DELETE"] as const

const STAFF_RULES: readonly Rule[] = [
  // The destination editor: pages, their photos, preview, product links.
  { methods: ANY, path: /^\/admin\/destinations(\/[a-z0-9_-]+)*\/?$/ },
  // What the dashboard reads to sign a user in and draw its frame.
  { methods: READ, path: /^\/admin\/users\/me\/?$/ },
  { methods: READ, path: /^\/admin\/stores\/?$/ },
  { methods: READ, path: /^\/admin\/feature-flags\/?$/ },
]

/**
 * Whether tourism staff may call `method path`. The path is the raw request path: anything
 * that could be read two ways (dot segments, doubled or encoded slashes) is refused, and the
 * check ignores case because Express routes do.
 */
export function staffMayCall(method: string, rawPath: string): boolean {
  const path = rawPath.split("?")[0].toLowerCase()
  if (path.includes("..") || path.includes("//") || path.includes("%") || path.includes("\\")) return false
  return STAFF_RULES.some((rule) => rule.methods.includes(method.toUpperCase()) && rule.path.test(path))
}
