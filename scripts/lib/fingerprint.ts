import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

/**
 * A hash of the given files and folders (contents, recursively) plus extra strings.
 * Used to redo slow steps (admin build, seeding) only when what they read has changed.
 */
export function fingerprint(paths: string[], extras: string[] = []): string {
  const hash = createHash("sha256")
  for (const extra of extras) hash.update(`extra:${extra}\0`)
  for (const entry of paths) addPath(hash, entry)
  return hash.digest("hex")
}

function addPath(hash: ReturnType<typeof createHash>, entry: string): void {
  if (!existsSync(entry)) {
    hash.update(`missing:${entry}\0`)
    return
  }
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (name === "node_modules" || name.startsWith(".")) continue
      addPath(hash, path.join(entry, name))
    }
    return
  }
  hash.update(`file:${entry}\0`)
  hash.update(readFileSync(entry))
}

export function readMarker(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined
}
