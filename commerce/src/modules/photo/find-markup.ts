import type { AcceptedFormat } from "./detect-format"

type ByteRange = readonly [start: number, end: number]

/**
 * Markup a browser would run if the bytes were ever served as HTML or SVG. Each token needs
 * a delimiter after it so that seven random bytes rarely match by chance.
 */
const MARKUP = /<(?:!doctype\s+html|html|head|body|script|svg|iframe|object|embed|img|style|\?php)[\s>/]/i

/**
 * JPEG: every segment except entropy-coded scan data, plus anything after the last EOI.
 * Pixel data is skipped because compressed noise would match markup by chance in
 * large photos; text hidden there is not reachable without a decoder anyway.
 */
function jpegRanges(bytes: Buffer): ByteRange[] {
  const ranges: ByteRange[] = []
  let pos = 2
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) return [...ranges, [pos, bytes.length]]
    const marker = bytes[pos + 1]
    if (marker === 0xff) { pos += 1; continue }
    if (marker === 0xd9) return [...ranges, [pos + 2, bytes.length]]
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { pos += 2; continue }
    if (pos + 4 > bytes.length) return [...ranges, [pos, bytes.length]]
    const end = pos + 2 + bytes.readUInt16BE(pos + 2)
    ranges.push([pos, Math.min(end, bytes.length)])
    pos = marker === 0xda ? endOfScan(bytes, end) : end
  }
  return ranges
}

/** Scan data ends at the first 0xFF that is neither stuffing (FF 00) nor a restart marker. */
function endOfScan(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(0xff, from)
  while (at !== -1 && at + 1 < bytes.length) {
    const next = bytes[at + 1]
    if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) return at
    at = bytes.indexOf(0xff, at + 1)
  }
  return bytes.length
}

/** PNG: every chunk except image data (IDAT, APNG's fdAT), plus anything after IEND. */
function pngRanges(bytes: Buffer): ByteRange[] {
  const ranges: ByteRange[] = []
  let pos = 8
  while (pos + 8 <= bytes.length) {
    const end = pos + 12 + bytes.readUInt32BE(pos)
    const type = bytes.toString("latin1", pos + 4, pos + 8)
    if (type !== "IDAT" && type !== "fdAT") ranges.push([pos, Math.min(end, bytes.length)])
    if (type === "IEND") return [...ranges, [end, bytes.length]]
    pos = end
  }
  return [...ranges, [Math.min(pos, bytes.length), bytes.length]]
}

const WEBP_PIXEL_CHUNKS = new Set(["VP8 ", "VP8L", "ALPH", "ANMF"])

/** WebP: every RIFF chunk except coded pixels, plus anything past the RIFF length. */
function webpRanges(bytes: Buffer): ByteRange[] {
  const ranges: ByteRange[] = [[0, 12]]
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4))
  let pos = 12
  while (pos + 8 <= riffEnd) {
    const size = bytes.readUInt32LE(pos + 4)
    const end = pos + 8 + size + (size % 2)
    if (!WEBP_PIXEL_CHUNKS.has(bytes.toString("latin1", pos, pos + 4))) ranges.push([pos, Math.min(end, riffEnd)])
    pos = end
  }
  return [...ranges, [Math.min(pos, riffEnd), bytes.length]]
}

const RANGES: Record<AcceptedFormat, (bytes: Buffer) => ByteRange[]> = {
  jpeg: jpegRanges,
  png: pngRanges,
  webp: webpRanges,
}

/**
 * Finds HTML/SVG/script markup outside the pixel data: the mark of a polyglot, a file that
 * is a valid image and a valid web page at once (a stored-XSS vehicle if ever served raw).
 */
export function findMarkup(bytes: Buffer, format: AcceptedFormat): string | null {
  for (const [start, end] of RANGES[format](bytes)) {
    if (end <= start) continue
    const match = MARKUP.exec(bytes.toString("latin1", start, end))
    if (match) return match[0]
  }
  return null
}
