import sharp, { type Metadata, type SharpOptions } from "sharp"
import { type AcceptedFormat, detectFormat, isAcceptedFormat } from "./detect-format"
import { findMarkup } from "./find-markup"
import { MAX_INPUT_BYTES, MAX_INPUT_PIXELS } from "./limits"
import { photoRefused, refusalForFormat } from "./photo-errors"

/**
 * Decoder options for untrusted uploads: libvips checks the header's pixel count before
 * allocating, and a photo cut short by a dropped 3G connection is refused rather than
 * stored half grey. Warnings (odd but harmless phone JPEGs) are tolerated.
 */
export const UNTRUSTED_INPUT: SharpOptions = {
  limitInputPixels: MAX_INPUT_PIXELS,
  failOn: "truncated",
}

export type ValidatedPhoto = { format: AcceptedFormat; width: number; height: number }

async function readHeader(bytes: Buffer): Promise<Metadata> {
  try {
    return await sharp(bytes, UNTRUSTED_INPUT).metadata()
  } catch (error) {
    const message = error instanceof Error ? error.message : ""
    throw photoRefused(/pixel limit/i.test(message) ? "too_many_pixels" : "broken")
  }
}

/**
 * Everything checked before a single pixel is decoded: size, magic bytes, markup hidden
 * in metadata or after the image, the decoder agreeing with the magic bytes, and the
 * pixel count the header declares (a 2 KB PNG can declare 20,000 × 20,000 pixels).
 */
export async function validatePhoto(bytes: Buffer): Promise<ValidatedPhoto> {
  if (bytes.length === 0) throw photoRefused("empty")
  if (bytes.length > MAX_INPUT_BYTES) throw photoRefused("too_large")
  const format = detectFormat(bytes)
  if (!isAcceptedFormat(format)) throw photoRefused(refusalForFormat(format))
  if (findMarkup(bytes, format)) throw photoRefused("suspicious")
  const header = await readHeader(bytes)
  // A file whose magic bytes say one thing and whose decoder says another is built to confuse.
  if (header.format !== format) throw photoRefused("suspicious")
  if (!header.width || !header.height) throw photoRefused("broken")
  if (header.width * header.height > MAX_INPUT_PIXELS) throw photoRefused("too_many_pixels")
  return { format, width: header.width, height: header.height }
}

/** Uploads arrive as raw bytes or, through JSON, as base64; the cap applies before decoding. */
export function toPhotoBytes(input: Buffer | Uint8Array | string): Buffer {
  if (typeof input !== "string") return Buffer.isBuffer(input) ? input : Buffer.from(input)
  if (input.length > Math.ceil(MAX_INPUT_BYTES / 3) * 4 + 4) throw photoRefused("too_large")
  return Buffer.from(input, "base64")
}
