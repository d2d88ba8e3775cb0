import { crc32, deflateSync } from "node:zlib"
import sharp, { type Sharp } from "sharp"

/**
 * Real image bytes for the photo tests, made with sharp or byte by byte so that every
 * case (EXIF rotation, GPS, decompression bombs, polyglots) is explicit and offline.
 */

export const CAMERA_MAKE = "ChoPhienTestCam"

/** 200×100, left half red and right half blue, stored with the given EXIF Orientation. */
export async function splitJpeg(orientation: number): Promise<Buffer> {
  const half = { width: 100, height: 100, channels: 3 as const }
  const red = await sharp({ create: { ...half, background: "#ff0000" } }).png().toBuffer()
  const blue = await sharp({ create: { ...half, background: "#0000ff" } }).png().toBuffer()
  return sharp({ create: { width: 200, height: 100, channels: 3, background: "#000000" } })
    .composite([{ input: red, left: 0, top: 0 }, { input: blue, left: 100, top: 0 }])
    .jpeg({ quality: 95 })
    .withMetadata({ orientation })
    .toBuffer()
}

/** A photo-like JPEG with camera make, GPS position (Cao Bằng), an ICC profile and XMP. */
export async function gpsJpeg(width = 1200, height = 900): Promise<Buffer> {
  return noisy(width, height)
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: CAMERA_MAKE, Model: "Model X" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "22/1 40/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 15/1 0/1" },
    })
    .withIccProfile("p3")
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Make="${CAMERA_MAKE}"/></rdf:RDF></x:xmpmeta>`)
    .toBuffer()
}

/** Gaussian noise: incompressible, like sensor grain, and full of random 0xFF bytes. */
export function noisy(width: number, height: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 50 } } })
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A valid PNG of a few hundred bytes whose header declares `width`×`height` grey pixels:
 * decoding it would allocate width×height bytes, 400 MB for 20,000².
 */
export function declaredPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const rows = deflateSync(Buffer.alloc((width + 1) * 4))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", rows),
    pngChunk("IEND", Buffer.alloc(0)),
  ])
}

/** Adds a PNG chunk (e.g. tEXt) right after IHDR. */
export function withPngChunk(png: Buffer, type: string, data: Buffer): Buffer {
  const afterHeader = 8 + 25
  return Buffer.concat([png.subarray(0, afterHeader), pngChunk(type, data), png.subarray(afterHeader)])
}

/** Adds a JPEG COM (comment) segment right after SOI, where polyglots hide their page. */
export function withJpegComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, "latin1")
  const segment = Buffer.alloc(4)
  segment.set([0xff, 0xfe])
  segment.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), segment, body, jpeg.subarray(2)])
}

export const HTML_PAGE = "<html><body><script>alert(document.cookie)</script></body></html>"

/** An ISO-BMFF `ftyp` box as an iPhone writes it at the start of a .heic file. */
export function heicHeader(brand = "heic"): Buffer {
  const box = Buffer.alloc(24)
  box.writeUInt32BE(24, 0)
  box.write("ftyp", 4, "latin1")
  box.write(brand, 8, "latin1")
  box.write("mif1", 16, "latin1")
  box.write(brand, 20, "latin1")
  return Buffer.concat([box, Buffer.alloc(64)])
}
