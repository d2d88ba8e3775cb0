import path from "node:path"
import { repoRoot } from "#scripts/lib/config.ts"
import { say } from "#scripts/lib/progress.ts"
import { startStaticServer } from "./static-server.ts"

/** Serves a built storefront on its own: `node scripts/serve/main.ts [folder] [port]`. */
const root = path.resolve(repoRoot, process.argv[2] ?? "dist")
const port = Number(process.argv[3] ?? process.env.STOREFRONT_PORT ?? 4321)
const running = await startStaticServer({ root, port, host: process.env.STOREFRONT_HOST })
say(`Serving ${root} on ${running.url}/ (Ctrl-C stops it)`)
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)))
}
