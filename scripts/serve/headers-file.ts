/**
 * The `_headers` file of a static build: the format Netlify and Cloudflare Pages read, and
 * the one this project's own static server applies, so a page gets the same headers on a
 * CDN as on `npm start`.
 *
 *   /path/*            a rule: `*` stands for any characters, a path without it is exact
 *     Name: value      headers of that rule, indented
 *   # comment
 *
 * Every rule whose path matches applies. Where two matching rules set the same header,
 * CDNs disagree (Netlify keeps the later, Cloudflare joins both), so the build never writes
 * one header in two rules that can match the same path; headersFor keeps the later one.
 */
export type HeaderRule = { path: string; headers: [name: string, value: string][] }

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd()
    if (!line.trim() || line.trim().startsWith("#")) continue
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`_headers line ${index + 1}: a rule starts with "/": ${line}`)
      rules.push({ path: line, headers: [] })
      continue
    }
    const rule = rules.at(-1)
    const separator = line.indexOf(":")
    if (!rule || separator < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`)
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()])
  }
  return rules
}

export function formatHeadersFile(rules: HeaderRule[], comment: string[] = []): string {
  const head = comment.map((line) => `# ${line}`)
  const body = rules.flatMap((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)])
  return [...head, ...body, ""].join("\n")
}

export function pathMatches(rulePath: string, urlPath: string): boolean {
  const pattern = rulePath
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*")
  return new RegExp(`^${pattern}$`).test(urlPath)
}

/** The headers for one request path, names as written in the file. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {}
  const names = new Map<string, string>()
  for (const rule of rules) {
    if (!pathMatches(rule.path, urlPath)) continue
    for (const [name, value] of rule.headers) {
      const earlier = names.get(name.toLowerCase())
      if (earlier) delete headers[earlier]
      names.set(name.toLowerCase(), name)
      headers[name] = value
    }
  }
  return headers
}
