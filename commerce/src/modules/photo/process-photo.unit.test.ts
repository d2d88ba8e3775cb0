import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { processPhoto, variantWidths } from "./process-photo"
import { CAMERA_MAKE, declaredPng, gpsJpeg, noisy, splitJpeg } from "./test-images"

type Rgb = { r: number; g: number; b: number }

async function pixel(image: Buffer, x: number, y: number): Promise<Rgb> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return { r: data[at], g: data[at + 1], b: data[at + 2] }
}

/** The latitude 22° 40′ 12.34″ as EXIF writes it: three unsigned rationals, either byte order. */
function hasGpsLatitude(bytes: Buffer): boolean {
  const numbers = [22, 1, 40, 1, 1234, 100]
  const big = Buffer.alloc(24)
  const little = Buffer.alloc(24)
  numbers.forEach((n, i) => {
    big.writeUInt32BE(n, i * 4)
    little.writeUInt32LE(n, i * 4)
  })
  return bytes.includes(big) || bytes.includes(little)
}

describe("variantWidths", () => {
  it.each([
    [4000, [320, 640, 1024, 1600]],
    [1600, [320, 640, 1024, 1600]],
    [800, [320, 640, 800]],
    [200, [200]],
  ])("for a %i px photo is %j: every width at most the photo's", (width, expected) => {
    expect(variantWidths(width)).toEqual(expected)
  })
})

describe("processPhoto", () => {
  it("turns a JPEG with EXIF Orientation 6 upright: 100×200, red on top, blue below", async () => {
    const input = await splitJpeg(6)
    expect(await sharp(input).metadata()).toMatchObject({ width: 200, height: 100, orientation: 6 })
    const photo = await processPhoto(input)
    expect(photo).toMatchObject({ width: 100, height: 200 })
    for (const variant of photo.variants) {
      const metadata = await sharp(variant.content).metadata()
      expect([metadata.width, metadata.height, metadata.orientation]).toEqual([100, 200, undefined])
      const top = await pixel(variant.content, 50, 30)
      const bottom = await pixel(variant.content, 50, 170)
      expect(top.r, `${variant.format} top`).toBeGreaterThan(180)
      expect(top.b, `${variant.format} top`).toBeLessThan(80)
      expect(bottom.b, `${variant.format} bottom`).toBeGreaterThan(180)
      expect(bottom.r, `${variant.format} bottom`).toBeLessThan(80)
    }
  })

  it("leaves no EXIF, GPS, ICC, XMP or camera name in any variant or the placeholder", async () => {
    const input = await gpsJpeg()
    const before = await sharp(input).metadata()
    expect(hasGpsLatitude(before.exif ?? Buffer.alloc(0))).toBe(true)
    expect([before.icc, before.xmp].every(Boolean)).toBe(true)
    expect(input.includes(CAMERA_MAKE)).toBe(true)
    const photo = await processPhoto(input)
    const placeholder = Buffer.from(photo.placeholder.split(",")[1], "base64")
    for (const bytes of [...photo.variants.map((variant) => variant.content), placeholder]) {
      const after = await sharp(bytes).metadata()
      expect([after.exif, after.icc, after.xmp, after.iptc]).toEqual([undefined, undefined, undefined, undefined])
      expect(bytes.includes(CAMERA_MAKE)).toBe(false)
      expect(hasGpsLatitude(bytes)).toBe(false)
    }
  })

  it("writes AVIF, WebP and JPEG at every width up to the photo's own, never enlarging", async () => {
    const photo = await processPhoto(await noisy(1200, 900).jpeg().toBuffer())
    expect(photo).toMatchObject({ width: 1200, height: 900 })
    const seen = photo.variants.map((variant) => `${variant.format}@${variant.width}x${variant.height}`)
    expect(seen).toEqual(
      [[320, 240], [640, 480], [1024, 768], [1200, 900]].flatMap(([w, h]) => ["avif", "webp", "jpeg"].map((f) => `${f}@${w}x${h}`))
    )
    for (const variant of photo.variants) {
      const metadata = await sharp(variant.content).metadata()
      expect(metadata.format === "heif" ? "avif" : metadata.format).toBe(variant.format)
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height])
    }
  })

  it("makes a tiny WebP placeholder as a data URI", async () => {
    const photo = await processPhoto(await noisy(400, 300).png().toBuffer())
    expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(photo.placeholder.length).toBeLessThan(1000)
    expect(await sharp(Buffer.from(photo.placeholder.split(",")[1], "base64")).metadata()).toMatchObject({ width: 16, height: 12 })
  })

  it("puts transparent PNG pixels on white", async () => {
    const clear = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer()
    const photo = await processPhoto(clear)
    const jpeg = photo.variants.find((variant) => variant.format === "jpeg")
    expect(await pixel(jpeg?.content ?? Buffer.alloc(0), 10, 10)).toEqual({ r: 255, g: 255, b: 255 })
  })

  it("refuses the 20,000 × 20,000 PNG before any encoding", async () => {
    await expect(processPhoto(declaredPng(20_000, 20_000))).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
    })
  })
})
