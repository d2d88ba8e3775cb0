import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { MAX_INPUT_BYTES } from "./limits"
import { toPhotoBytes, validatePhoto } from "./validate-photo"
import { declaredPng, HTML_PAGE, heicHeader, noisy, withJpegComment } from "./test-images"

const VIETNAMESE = /[ảạáàãăâđêôơưếệởữ]/i

async function refusal(bytes: Buffer): Promise<MedusaError> {
  try {
    await validatePhoto(bytes)
  } catch (error) {
    if (error instanceof MedusaError) return error
    throw error
  }
  throw new Error("the photo was accepted")
}

async function expectRefused(bytes: Buffer, message: RegExp): Promise<void> {
  const error = await refusal(bytes)
  expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
  expect(error.message).toMatch(VIETNAMESE)
  expect(error.message).toMatch(message)
}

const photo = () => noisy(320, 240)

describe("validatePhoto", () => {
  it.each([
    ["jpeg", () => photo().jpeg().toBuffer()],
    ["png", () => photo().png().toBuffer()],
    ["webp", () => photo().webp().toBuffer()],
  ])("accepts a %s photo and reads its header", async (format, make) => {
    expect(await validatePhoto(await make())).toEqual({ format, width: 320, height: 240 })
  })

  it("refuses a text file named .jpg", async () => {
    await expectRefused(Buffer.from("Hạt dẻ Trùng Khánh, 180.000 đồng/kg\n"), /không phải ảnh JPEG, PNG hay WebP/)
  })

  it("refuses an SVG, whatever it is called", async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    await expectRefused(Buffer.from(svg), /SVG/)
  })

  it("refuses an HTML/JPEG polyglot: a decodable JPEG that is also a web page", async () => {
    const polyglot = withJpegComment(await photo().jpeg().toBuffer(), `*/${HTML_PAGE}/*`)
    expect((await sharp(polyglot).metadata()).format).toBe("jpeg")
    await expectRefused(polyglot, /mã lạ/)
  })

  it("refuses an HTML page that starts with JPEG magic bytes", async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from(`JFIF\0${HTML_PAGE}`)])
    await expectRefused(fake, /mã lạ|hỏng/)
  })

  it("refuses HEIC with a message saying what to do on the phone", async () => {
    await expectRefused(heicHeader("heic"), /HEIC.*JPEG/)
  })

  it("refuses a file over the byte cap before looking inside", async () => {
    await expectRefused(Buffer.alloc(MAX_INPUT_BYTES + 1, 0xff), /quá nặng/)
    expect(() => toPhotoBytes("A".repeat(Math.ceil(MAX_INPUT_BYTES / 3) * 4 + 8))).toThrow(/quá nặng/)
  })

  it("refuses a truncated upload", async () => {
    const jpeg = await photo().jpeg().toBuffer()
    await expectRefused(jpeg.subarray(0, 300), /hỏng|gửi chưa hết/)
  })

  it("refuses a 2 KB PNG declaring 20,000 × 20,000 pixels fast, without allocating its pixels", async () => {
    const bomb = declaredPng(20_000, 20_000)
    expect(bomb.length).toBeLessThan(200_000)
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 20_000, height: 20_000 })
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()
    await expectRefused(bomb, /quá lớn/)
    expect(performance.now() - started).toBeLessThan(500)
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024)
  })
})
