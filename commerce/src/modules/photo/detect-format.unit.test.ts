import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { detectFormat } from "./detect-format"
import { heicHeader } from "./test-images"

const tiny = { create: { width: 4, height: 4, channels: 3 as const, background: "#808080" } }

describe("detectFormat", () => {
  it.each([
    ["jpeg", () => sharp(tiny).jpeg().toBuffer()],
    ["png", () => sharp(tiny).png().toBuffer()],
    ["webp", () => sharp(tiny).webp().toBuffer()],
    ["gif", () => sharp(tiny).gif().toBuffer()],
    ["avif", () => sharp(tiny).avif().toBuffer()],
  ])("recognises %s from the bytes sharp writes", async (expected, make) => {
    expect(detectFormat(await make())).toBe(expected)
  })

  it.each([
    ["heic", heicHeader("heic")],
    ["heic", heicHeader("heix")],
    ["heic", heicHeader("mif1")],
    ["svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>')],
    ["svg", Buffer.from('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["svg", Buffer.from('  <SVG xmlns="http://www.w3.org/2000/svg"/>')],
    ["unknown", Buffer.from("xin chào, đây là chữ chứ không phải ảnh.jpg")],
    ["unknown", Buffer.from("<html><body>not a photo</body></html>")],
    ["unknown", Buffer.alloc(0)],
    ["unknown", Buffer.from([0xff, 0xd8])],
  ])("reads %s from magic bytes, never from a name", (expected, bytes) => {
    expect(detectFormat(bytes)).toBe(expected)
  })
})
