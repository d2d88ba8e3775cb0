/** What the first bytes of an upload say it is, whatever its name or declared type. */
export type SniffedFormat = "jpeg" | "png" | "webp" | "heic" | "avif" | "gif" | "svg" | "unknown"

export const ACCEPTED_FORMATS = ["jpeg", "png", "webp"] as const
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number]

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** ISO-BMFF brands of HEVC-coded HEIF, what iPhones and some Android cameras write. */
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"])
const AVIF_BRANDS = new Set(["avif", "avis"])

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte)
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.subarray(start, end)).toString("latin1")
}

/** The brand list of an ISO-BMFF `ftyp` box: major brand plus the compatible ones. */
function ftypBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return []
  const boxSize = Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0)
  const end = Math.min(bytes.length, Math.max(16, boxSize))
  const brands = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4))
  return brands
}

/** Sniffs the container from magic bytes only; never trusts a file name or MIME type. */
export function detectFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg"
  if (startsWith(bytes, PNG_SIGNATURE)) return "png"
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp"
  const brands = ftypBrands(bytes)
  // AVIF files also list mif1, so the AVIF brands decide before the HEIC ones.
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return "avif"
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return "heic"
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif"
  const head = ascii(bytes, 0, 512).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase()
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "svg"
  return "unknown"
}

export function isAcceptedFormat(format: SniffedFormat): format is AcceptedFormat {
  return (ACCEPTED_FORMATS as readonly string[]).includes(format)
}
