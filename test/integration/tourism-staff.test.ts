import sharp from "sharp"
import { gpsJpeg } from "@/modules/photo/test-images"
import { adminToken, call } from "../support/seller-api"
import { medusaUrl, storeGet } from "../support/store-api"
import { destinationBody, tourismStaffToken } from "../support/tourism-staff"

type Variant = { format: string; url: string }
type Destination = {
  id: string
  slug: string
  status: string
  products?: { id: string; handle: string }[]
  cover?: { variants: Variant[] } | null
}

let staff: string
let operator: string
const created: string[] = []

beforeAll(async () => {
  ;[staff, operator] = await Promise.all([tourismStaffToken(), adminToken()])
})

// Drafts from this file would otherwise pile up in the staff's list run after run.
afterAll(async () => {
  for (const id of created) await call("DELETE", `/admin/destinations/${id}`, { token: staff })
})

async function createDraft(overrides: Record<string, unknown> = {}): Promise<Destination> {
  const reply = await call<{ destination: Destination }>("POST", "/admin/destinations", { token: staff, body: destinationBody(overrides) })
  expect(reply.status).toBe(201)
  created.push(reply.body.destination.id)
  return reply.body.destination
}

const FORBIDDEN_MESSAGE = /cán bộ du lịch chỉ được quản lý trang điểm đến/

describe("tourism staff outside destinations", () => {
  it.each([
    ["GET", "/admin/orders"],
    ["GET", "/admin/producers"],
    ["GET", "/admin/payouts"],
    ["GET", "/admin/impact"],
    ["GET", "/admin/vietqr/pending"],
    ["GET", "/admin/products"],
    ["GET", "/admin/customers"],
    ["GET", "/admin/payments"],
    ["GET", "/admin/users"],
    ["POST", "/admin/users/me"],
    ["GET", "/ADMIN/ORDERS"],
    ["GET", "/admin/destinations/../orders"],
  ])("gets 403 with a Vietnamese message for %s %s", async (method, route) => {
    const reply = await call<{ message: string }>(method, route, { token: staff, ...(method === "POST" ? { body: {} } : {}) })
    expect(reply.status).toBe(403)
    expect(reply.body.message).toMatch(FORBIDDEN_MESSAGE)
  })

  it("leaves the operator's access as it was", async () => {
    for (const route of ["/admin/orders", "/admin/producers", "/admin/vietqr/pending"]) {
      expect((await call("GET", route, { token: operator })).status, route).toBe(200)
    }
  })
})

describe("tourism staff in destinations", () => {
  it("lists destinations, drafts included", async () => {
    const reply = await call<{ destinations: Destination[] }>("GET", "/admin/destinations?limit=100", { token: staff })
    expect(reply.status).toBe(200)
    expect(reply.body.destinations.map((d) => d.slug)).toContain("pac-bo")
  })

  it("reads what the dashboard needs to sign in", async () => {
    const me = await call<{ user: { email: string } }>("GET", "/admin/users/me", { token: staff })
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe("du-lich@cho-phien.local")
  })

  it("writes a draft that visitors cannot see until it is published, then unpublishes and deletes it", async () => {
    const body = destinationBody()
    const written = await call<{ destination: Destination }>("POST", "/admin/destinations", { token: staff, body })
    expect(written.status).toBe(201)
    const { id, slug } = written.body.destination
    expect(written.body.destination.status).toBe("draft")
    expect((await storeGet(`/store/destinations/${slug}`)).status).toBe(404)

    const published = await call<{ destination: Destination }>("POST", `/admin/destinations/${id}/publish`, { token: staff, body: {} })
    expect(published.body.destination.status).toBe("published")
    expect((await storeGet(`/store/destinations/${slug}`)).status).toBe(200)

    await call("POST", `/admin/destinations/${id}/unpublish`, { token: staff, body: {} })
    expect((await storeGet(`/store/destinations/${slug}`)).status).toBe(404)

    expect((await call("DELETE", `/admin/destinations/${id}`, { token: staff })).status).toBe(200)
    expect((await call("GET", `/admin/destinations/${id}`, { token: staff })).status).toBe(404)
  })

  it("links a product, and a link to a missing product changes nothing", async () => {
    const { body: list } = await call<{ products: { id: string; handle: string; kind: string }[] }>(
      "GET",
      "/admin/destinations/linkable-products?q=hat-de-trung-khanh",
      { token: staff }
    )
    const chestnut = list.products.find((p) => p.handle === "hat-de-trung-khanh")
    expect(chestnut?.kind).toBe("product")
    const { id } = await createDraft()

    const refused = await call<{ message: string }>("POST", `/admin/destinations/${id}/products`, {
      token: staff,
      body: { add: [chestnut!.id, "prod_DOESNOTEXIST"] },
    })
    expect(refused.status).toBe(404)
    expect(refused.body.message).toContain("prod_DOESNOTEXIST")
    const untouched = await call<{ destination: Destination }>("GET", `/admin/destinations/${id}`, { token: staff })
    expect(untouched.body.destination.products ?? []).toEqual([])

    const linked = await call("POST", `/admin/destinations/${id}/products`, { token: staff, body: { add: [chestnut!.id] } })
    expect(linked.status).toBe(200)
    const after = await call<{ destination: Destination }>("GET", `/admin/destinations/${id}`, { token: staff })
    expect(after.body.destination.products?.map((p) => p.handle)).toEqual(["hat-de-trung-khanh"])
  })

  it("makes an uploaded photo the cover, without its GPS data", async () => {
    const draft = await createDraft()
    const jpeg = await gpsJpeg()
    expect((await sharp(jpeg).metadata()).exif).toBeDefined()
    const response = await fetch(`${medusaUrl}/admin/destinations/${draft.id}/photos?role=cover`, {
      method: "POST",
      headers: { authorization: `Bearer ${staff}`, "content-type": "image/jpeg" },
      body: new Uint8Array(jpeg),
    })
    expect(response.status).toBe(201)
    const after = await call<{ destination: Destination }>(
      "GET",
      `/admin/destinations/${draft.id}`,
      { token: staff }
    )
    const variants = after.body.destination.cover?.variants ?? []
    expect(new Set(variants.map((v) => v.format))).toEqual(new Set(["avif", "webp", "jpeg"]))
    const stored = Buffer.from(await (await fetch(variants.find((v) => v.format === "jpeg")!.url)).arrayBuffer())
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
  })

  it.each([
    ["an unknown field", { status: "published" }, /Không được gửi: status/],
    ["a slug with diacritics", { slug: "thác-bản-giốc" }, /chữ thường không dấu/],
    ["a latitude outside the north", { latitude: 10 }, /Vĩ độ/],
    ["an empty title", { title: "  " }, /không được để trống/],
  ])("refuses %s with a Vietnamese message", async (_name, overrides, message) => {
    const reply = await call<{ message: string }>("POST", "/admin/destinations", { token: staff, body: destinationBody(overrides) })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(message)
  })

  it("refuses a slug another destination uses", async () => {
    const reply = await call<{ message: string }>("POST", "/admin/destinations", {
      token: staff,
      body: destinationBody({ slug: "pac-bo" }),
    })
    expect(reply.status).toBe(422)
    expect(reply.body.message).toMatch(/đã dùng cho điểm đến "Khu di tích Pác Bó"/)
  })

  it("previews Markdown through the storefront's sanitiser", async () => {
    const reply = await call<{ html: string }>("POST", "/admin/destinations/preview", {
      token: staff,
      body: { markdown: '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) **đậm**' },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.html).toContain("<strong>đậm</strong>")
    expect(reply.body.html).not.toMatch(/<img|href="javascript/i)
  })
})
