import sharp, { type Sharp } from "sharp"
import {
  ENCODERS,
  MAX_CONCURRENT_JOBS,
  MAX_HEIGHT_TO_WIDTH,
  PLACEHOLDER_WIDTH,
  VARIANT_WIDTHS,
} from "./limits"
import { photoRefused } from "./photo-errors"
import { Semaphore } from "./semaphore"
import { UNTRUSTED_INPUT, validatePhoto } from "./validate-photo"

// One libvips thread per job and no operation cache: memory then grows with the number
// of jobs (bounded below), not with the CPU count or with photos already processed.
sharp.concurrency(1)
sharp.cache(false)

const jobs = new Semaphore(MAX_CONCURRENT_JOBS)

export const VARIANT_FORMATS = ["avif", "webp", "jpeg"] as const
export type VariantFormat = (typeof VARIANT_FORMATS)[number]

export const MIME_TYPES: Record<VariantFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
}

export type EncodedVariant = { format: VariantFormat; width: number; height: number; content: Buffer }
export type ProcessedPhoto = { width: number; height: number; placeholder: string; variants: EncodedVariant[] }

type RawImage = { data: Buffer; width: number; height: number }

const WHITE = { r: 255, g: 255, b: 255 }

/**
 * Decodes once into the largest variant: auto-rotated by EXIF, transparency on white (the
 * JPEG fallback has none), sRGB. Shrink-on-load keeps a 12 MP JPEG from being decoded at
 * full size. Every variant is then encoded from these bare pixels, so no metadata of the
 * upload (EXIF, GPS, XMP, ICC, comments) can reach a stored file.
 */
async function decodeLargest(bytes: Buffer): Promise<RawImage> {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]
  const { data, info } = await sharp(bytes, UNTRUSTED_INPUT)
    .autoOrient()
    .resize({ width: largest, height: largest * MAX_HEIGHT_TO_WIDTH, fit: "inside", withoutEnlargement: true })
    .flatten({ background: WHITE })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

function fromRaw(image: RawImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
}

async function resizeRaw(image: RawImage, width: number): Promise<RawImage> {
  if (width >= image.width) return image
  const { data, info } = await fromRaw(image)
    .resize({ width, height: width * MAX_HEIGHT_TO_WIDTH, fit: "inside" })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Target widths that fit the photo without enlarging it, smallest first, no duplicates. */
export function variantWidths(sourceWidth: number): number[] {
  const widths = VARIANT_WIDTHS.map((width) => Math.min(width, sourceWidth))
  return [...new Set(widths)]
}

async function encode(image: RawImage, format: VariantFormat): Promise<Buffer> {
  const pipeline = fromRaw(image)
  if (format === "avif") return pipeline.avif(ENCODERS.avif).toBuffer()
  if (format === "webp") return pipeline.webp(ENCODERS.webp).toBuffer()
  return pipeline.jpeg(ENCODERS.jpeg).toBuffer()
}

/** A blurry 16 px WebP inlined in the HTML, shown while the real image crawls over 3G. */
async function placeholderOf(image: RawImage): Promise<string> {
  const bytes = await fromRaw(image).resize({ width: PLACEHOLDER_WIDTH }).webp({ quality: 30 }).toBuffer()
  return `data:image/webp;base64,${bytes.toString("base64")}`
}

async function encodeAll(largest: RawImage): Promise<ProcessedPhoto> {
  const byWidth: EncodedVariant[][] = []
  let smallest = largest
  // Largest first, each resized from the previous one: cheaper and as sharp as from the original.
  for (const width of variantWidths(largest.width).reverse()) {
    const image = await resizeRaw(smallest, width)
    const encoded: EncodedVariant[] = []
    for (const format of VARIANT_FORMATS) {
      encoded.push({ format, width: image.width, height: image.height, content: await encode(image, format) })
    }
    byWidth.unshift(encoded)
    smallest = image
  }
  return { width: largest.width, height: largest.height, placeholder: await placeholderOf(smallest), variants: byWidth.flat() }
}

/**
 * Untrusted phone photo → responsive AVIF/WebP/JPEG variants and a placeholder. Refusals
 * are MedusaError INVALID_DATA with a Vietnamese message; the upload itself is never kept.
 */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  // Validation runs outside the queue so a bad file is refused at once even when busy.
  await validatePhoto(bytes)
  return jobs.run(async () => {
    try {
      return await encodeAll(await decodeLargest(bytes))
    } catch {
      // The header was sound but the pixel data is not (cut short, corrupt).
      throw photoRefused("broken")
    }
  })
}
