import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const MEDUSA_API = path.join(repo, "node_modules/@medusajs/medusa/dist/api")
const OUR_API = path.join(repo, "commerce/src/api")

export type Method = "GET" | "POST" | "DELETE"
export type Route = { method: Method; template: string; source: "medusa" | "ours" }

/** Every `route.js` / `route.ts` file under `dir`, as paths relative to it. */
function routeFiles(dir: string, file: "route.js" | "route.ts", prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name)
    if (entry.isDirectory()) return routeFiles(dir, file, relative)
    return entry.name === file ? [relative] : []
  })
}

/** `admin/products/[id]/route.js` → `/admin/products/:id` (Medusa's own file-to-path rule). */
export function templateOf(relative: string): string {
  return "/" + path.posix.dirname(relative).replace(/\[([^\]]+)\]/g, ":$1")
}

/** The HTTP methods a compiled (CommonJS) or source (ESM) route file exports. */
export function exportedMethods(source: string): Method[] {
  const found = new Set<Method>()
  for (const match of source.matchAll(/exports\.(GET|POST|DELETE)\s*=\s*(?!void 0|exports\.)[A-Za-z_]/g)) {
    found.add(match[1] as Method)
  }
  for (const match of source.matchAll(/^export\s+(?:async\s+function|const|function)\s+(GET|POST|DELETE)\b/gm)) {
    found.add(match[1] as Method)
  }
  return [...found].sort()
}

function routesUnder(dir: string, file: "route.js" | "route.ts", source: Route["source"]): Route[] {
  return routeFiles(dir, file).flatMap((relative) =>
    exportedMethods(readFileSync(path.join(dir, relative), "utf8")).map((method) => ({
      method,
      template: templateOf(relative),
      source,
    }))
  )
}

/**
 * Every route the server registers: Medusa's own (from the installed package) and ours
 * (commerce/src/api), one entry per exported method. Ours win where both define one.
 */
export function allRoutes(): Route[] {
  const ours = routesUnder(OUR_API, "route.ts", "ours")
  const seen = new Set(ours.map((r) => `${r.method} ${r.template}`))
  const medusa = routesUnder(MEDUSA_API, "route.js", "medusa").filter((r) => !seen.has(`${r.method} ${r.template}`))
  return [...ours, ...medusa].sort((a, b) => a.template.localeCompare(b.template) || a.method.localeCompare(b.method))
}

/** An id that looks real (prefix + ULID shape) and exists nowhere. */
export const MISSING_ID = "01JSWEEP0000000000000NOPE0"

/** Plausible values for the path parameters no role-specific rule fills. */
const DEFAULT_PARAMS: Record<string, string> = {
  actor_type: "customer",
  auth_provider: "emailpass",
  provider: "pp_system_default",
  entity: "product",
  rule_type: "rules",
  code: "SWEEP-NOPE",
  zone: "vn",
  handle: "khong-co-hang-nay",
  slug: "khong-co-trang-nay",
}

/** Fills `:param`s: the overrides first, then a plausible default, else a missing id. */
export function fillTemplate(template: string, overrides: Record<string, string> = {}): string {
  return template.replace(/:([A-Za-z_]+)/g, (_, name: string) =>
    encodeURIComponent(overrides[name] ?? DEFAULT_PARAMS[name] ?? `sweep_${MISSING_ID}`)
  )
}
