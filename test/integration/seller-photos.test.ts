import { readdirSync, rmSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { call, productBody, SEEDED, signIn, withDb } from "../support/seller-api"
import { medusaUrl } from "../support/store-api"

type Created = { product: { id: string; thumbnail: string | null } }
type PhotoReply = { photo?: { id: string; variants: { format: string; width: number; url: string }[] }; message?: string }

/** The running stack's local File provider writes under commerce/static, served at /static. */
const staticDir = path.resolve(import.meta.dirname, "../../commerce/static")
const storedFiles = () => readdirSync(staticDir, { recursive: true }).length
const storedPath = (url: string) => path.join(staticDir, decodeURIComponent(new URL(url).pathname).replace(/^\/static\//, ""))

const A = SEEDED.ownerA.household
const B = SEEDED.ownerB.household

/** The seller page sends the photo as the raw request body, as this does. */
async function postPhoto(household: string, productId: string, token: string, bytes: Buffer, type = "image/jpeg") {
  const res = await fetch(new URL(`/seller/households/${household}/products/${productId}/photos`, medusaUrl), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": type },
    body: new Uint8Array(bytes),
  })
  return { status: res.status, body: (await res.json()) as PhotoReply }
}

function photoRows(productId: string): Promise<number> {
  return withDb(async (client) => {
    const rows = await client.query("select count(*)::int as n from photo where owner_id = $1", [productId])
    return rows.rows[0].n as number
  })
}

async function productJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 700, channels: 3, background: { r: 150, g: 90, b: 40 } } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

describe("POST /seller/households/:handle/products/:id/photos", () => {
  let ownerA: string
  let ownerB: string
  let productA: string
  let productB: string
  const storedUrls: string[] = []

  beforeAll(async () => {
    ownerA = await signIn(SEEDED.ownerA.phone)
    ownerB = await signIn(SEEDED.ownerB.phone)
    const a = await call<Created>("POST", `/seller/households/${A}/products`, { token: ownerA, body: productBody() })
    const b = await call<Created>("POST", `/seller/households/${B}/products`, { token: ownerB, body: productBody() })
    expect([a.status, b.status]).toEqual([201, 201])
    productA = a.body.product.id
    productB = b.body.product.id
  })

  afterAll(async () => {
    for (const url of storedUrls) rmSync(storedPath(url), { force: true })
    await call("DELETE", `/seller/households/${A}/products/${productA}`, { token: ownerA })
    await call("DELETE", `/seller/households/${B}/products/${productB}`, { token: ownerB })
  })

  it("stores a photo of the household's own product and makes it the thumbnail", async () => {
    const reply = await postPhoto(A, productA, ownerA, await productJpeg())
    storedUrls.push(...(reply.body.photo?.variants.map((v) => v.url) ?? []))
    expect(reply.status).toBe(200)
    expect(reply.body.photo?.id).toMatch(/^pho_/)
    const formats = new Set(reply.body.photo?.variants.map((v) => v.format))
    expect(formats).toEqual(new Set(["avif", "webp", "jpeg"]))
    const product = await call<Created>("GET", `/seller/households/${A}/products/${productA}`, { token: ownerA })
    const thumbnail = product.body.product.thumbnail
    expect(thumbnail).toBe(reply.body.photo?.variants.find((v) => v.format === "webp" && v.width === 640)?.url)
    const served = await fetch(thumbnail as string)
    expect(served.status).toBe(200)
    expect(await photoRows(productA)).toBe(1)
  })

  it("answers 404 for another household's product and stores nothing", async () => {
    const filesBefore = storedFiles()
    const reply = await postPhoto(A, productB, ownerA, await productJpeg())
    expect(reply.status).toBe(404)
    const asB = await postPhoto(B, productB, ownerA, await productJpeg())
    expect(asB.status).toBe(404)
    expect(await photoRows(productB)).toBe(0)
    expect(storedFiles()).toBe(filesBefore)
    const product = await call<Created>("GET", `/seller/households/${B}/products/${productB}`, { token: ownerB })
    expect(product.body.product.thumbnail).toBeNull()
  })

  it("refuses an SVG with a message in Vietnamese", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    const reply = await postPhoto(A, productA, ownerA, svg, "image/svg+xml")
    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(/ảnh/i)
    expect(reply.body.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i)
    expect(await photoRows(productA)).toBe(1)
  })

  it("answers 401 without a token", async () => {
    const res = await fetch(new URL(`/seller/households/${A}/products/${productA}/photos`, medusaUrl), {
      method: "POST",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array(await productJpeg()),
    })
    expect(res.status).toBe(401)
  })
})
