import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { findMarkup } from "./find-markup"
import { HTML_PAGE, noisy, withJpegComment, withPngChunk } from "./test-images"

const plain = { create: { width: 64, height: 48, channels: 3 as const, background: "#4a7" } }

describe("findMarkup", () => {
  it("finds a page hidden in a JPEG comment segment", async () => {
    const jpeg = withJpegComment(await sharp(plain).jpeg().toBuffer(), HTML_PAGE)
    expect(findMarkup(jpeg, "jpeg")).toMatch(/^<html/i)
  })

  it("finds a page appended after the JPEG's end-of-image marker", async () => {
    const jpeg = Buffer.concat([await sharp(plain).jpeg().toBuffer(), Buffer.from(`\n<script>alert(1)</script>`)])
    expect(findMarkup(jpeg, "jpeg")).toMatch(/^<script/i)
  })

  it("finds SVG in a PNG text chunk and HTML after IEND", async () => {
    const png = await sharp(plain).png().toBuffer()
    expect(findMarkup(withPngChunk(png, "tEXt", Buffer.from("Comment\0<svg onload=alert(1)>")), "png")).toBe("<svg ")
    expect(findMarkup(Buffer.concat([png, Buffer.from(HTML_PAGE)]), "png")).toMatch(/^<html/i)
  })

  it("finds markup in a WebP metadata chunk", async () => {
    const webp = await sharp(plain).webp().withXmp("<x:xmpmeta><script>alert(1)</script></x:xmpmeta>").toBuffer()
    expect(findMarkup(webp, "webp")).toMatch(/^<script/i)
  })

  it("passes clean images, including camera XMP and noisy pixel data", async () => {
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    const images = [
      ["jpeg", await noisy(600, 400).jpeg({ quality: 100 }).withXmp(xmp).toBuffer()],
      ["png", await noisy(300, 200).png().toBuffer()],
      ["webp", await noisy(300, 200).webp({ lossless: true }).toBuffer()],
    ] as const
    for (const [format, bytes] of images) expect(findMarkup(bytes, format)).toBeNull()
  })

  it("ignores markup-like bytes inside compressed pixel data, where chance puts them in big photos", async () => {
    const jpeg = Buffer.from(await noisy(300, 200).jpeg().toBuffer())
    // Not right after a 0xFF, which would turn the stuffed FF 00 pair into a marker.
    let at = jpeg.indexOf(Buffer.from([0xff, 0xda])) + 40
    while (jpeg[at - 1] === 0xff) at += 1
    jpeg.write("<svg ", at, "latin1")
    expect(findMarkup(jpeg, "jpeg")).toBeNull()
    const png = Buffer.from(await noisy(300, 200).png().toBuffer())
    png.write("<script>", png.indexOf("IDAT", 0, "latin1") + 40, "latin1")
    expect(findMarkup(png, "png")).toBeNull()
  })
})
