import { readFile } from "node:fs/promises"
import { promisify } from "node:util"
import { brotliCompress, constants, gzip } from "node:zlib"

export type Encoding = "br" | "gzip" | "identity"

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Picks brotli, then gzip, from Accept-Encoding; ignores q-values other than an explicit q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const offered = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(";")[0]),
  )
  if (offered.has("br")) return "br"
  if (offered.has("gzip")) return "gzip"
  return "identity"
}

/**
 * Compressed bodies are cached by file, modification time and encoding: the site is static,
 * so each page is compressed once. The cache is bounded so a 10,000-product build cannot
 * exhaust memory; the oldest entries go first.
 */
export class CompressionCache {
  private readonly entries = new Map<string, Buffer>()
  private bytes = 0
  private readonly limitBytes: number

  constructor(limitBytes = 64 * 1024 * 1024) {
    this.limitBytes = limitBytes
  }

  async body(file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
    if (encoding === "identity") return readFile(file)
    const key = `${encoding}:${mtimeMs}:${file}`
    const cached = this.entries.get(key)
    if (cached) return cached
    const raw = await readFile(file)
    const body =
      encoding === "br"
        ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : await gzipAsync(raw, { level: 9 })
    this.remember(key, body)
    return body
  }

  private remember(key: string, body: Buffer): void {
    this.entries.set(key, body)
    this.bytes += body.length
    for (const [oldKey, oldBody] of this.entries) {
      if (this.bytes <= this.limitBytes) break
      this.entries.delete(oldKey)
      this.bytes -= oldBody.length
    }
  }
}
