import { randomUUID } from "node:crypto"
import { call, markedProductBody, productBody, productsMarked, productSnapshot, SEEDED, signIn } from "../support/seller-api"

type ProductList = { products: { id: string; variants: { id: string }[] }[]; count: number }

/**
 * Household A's owner and A's helper try every /seller route on household B and on B's
 * product; each answer is 403 or 404 and B's product is byte-for-byte the same afterwards.
 */
describe("one household cannot touch another's products", () => {
  let ownerA: string
  let ownerB: string
  let helper: string
  let productB: { id: string; variants: { id: string }[] }

  beforeAll(async () => {
    ownerA = await signIn(SEEDED.ownerA.phone)
    ownerB = await signIn(SEEDED.ownerB.phone)
    helper = await signIn(SEEDED.helperDamThuy.phone)
    const list = await call<ProductList>("GET", `/seller/households/${SEEDED.ownerB.household}/products`, { token: ownerB })
    expect(list.status).toBe(200)
    productB = list.body.products[0]
    expect(productB).toBeDefined()
  })

  const B = SEEDED.ownerB.household
  const A = SEEDED.ownerA.household
  const attempts = (id: () => string, variant: () => string, marker: string) => [
    ["GET", () => `/seller/households/${B}/products`, undefined],
    ["POST", () => `/seller/households/${B}/products`, markedProductBody(marker)],
    ["GET", () => `/seller/households/${B}/products/${id()}`, undefined],
    ["POST", () => `/seller/households/${B}/products/${id()}`, { title_vi: "Bị sửa" }],
    ["POST", () => `/seller/households/${B}/products/${id()}/publish`, {}],
    ["POST", () => `/seller/households/${B}/products/${id()}/unpublish`, {}],
    ["DELETE", () => `/seller/households/${B}/products/${id()}`, undefined],
    // B's product reached through A's own household path.
    ["GET", () => `/seller/households/${A}/products/${id()}`, undefined],
    ["POST", () => `/seller/households/${A}/products/${id()}`, { title_vi: "Bị sửa" }],
    ["POST", () => `/seller/households/${A}/products/${id()}`, { variants: [{ id: variant(), price_vnd: 1, stock: 0 }] }],
    ["POST", () => `/seller/households/${A}/products/${id()}/publish`, {}],
    ["POST", () => `/seller/households/${A}/products/${id()}/unpublish`, {}],
    ["DELETE", () => `/seller/households/${A}/products/${id()}`, undefined],
  ] as const

  for (const who of ["owner of A", "helper of A's team"] as const) {
    it(`answers 403 or 404 to the ${who} on every route, and B is unchanged`, async () => {
      const token = who === "owner of A" ? ownerA : helper
      const before = await productSnapshot(productB.id)
      // Other test files add products to B at the same time, so B's product count is no
      // measure of what these attempts created: the one that would create is marked instead.
      const marker = randomUUID()
      for (const [method, path, body] of attempts(() => productB.id, () => productB.variants[0].id, marker)) {
        const reply = await call(method, path(), { token, body })
        expect([403, 404], `${method} ${path()} → ${reply.status}`).toContain(reply.status)
      }
      expect(await productSnapshot(productB.id)).toEqual(before)
      expect(await productsMarked(marker)).toBe(0)
    })
  }

  it("edits A's own product but not when a variant id of B is slipped in", async () => {
    const created = await call<{ product: { id: string } }>("POST", `/seller/households/${A}/products`, { token: ownerA, body: productBody() })
    expect(created.status).toBe(201)
    const before = await productSnapshot(productB.id)
    const reply = await call("POST", `/seller/households/${A}/products/${created.body.product.id}`, {
      token: ownerA,
      body: { variants: [{ id: productB.variants[0].id, price_vnd: 1 }] },
    })
    expect(reply.status).toBe(404)
    expect(await productSnapshot(productB.id)).toEqual(before)
  })
})

describe("a helper acts only for its own team's households", () => {
  it("lists the team's households in /seller/me and reaches each", async () => {
    const helper = await signIn(SEEDED.helperDamThuy.phone)
    const me = await call<{ seller: { role: string; households: { handle: string; role: string }[] } }>("GET", "/seller/me", { token: helper })
    expect(me.body.seller.role).toBe("helper")
    expect(me.body.seller.households.map((h) => h.handle).sort()).toEqual(SEEDED.helperDamThuy.households)
    for (const handle of SEEDED.helperDamThuy.households) {
      expect((await call("GET", `/seller/households/${handle}/products`, { token: helper })).status).toBe(200)
    }
  })

  it("gets 404 on a household of another team and on one with no team", async () => {
    const helper = await signIn(SEEDED.helperDamThuy.phone)
    for (const handle of [SEEDED.ownerB.household, "ho-luong-thi-nga", "khong-ton-tai"]) {
      expect((await call("GET", `/seller/households/${handle}/products`, { token: helper })).status).toBe(404)
    }
  })

  it("an owner sees only its own household in /seller/me", async () => {
    const owner = await signIn(SEEDED.ownerA.phone)
    const me = await call<{ seller: { households: { handle: string }[] } }>("GET", "/seller/me", { token: owner })
    expect(me.body.seller.households.map((h) => h.handle)).toEqual([A_HANDLE])
    expect(JSON.stringify(me.body)).not.toMatch(/household_status|near_poor|"poor"/)
  })
})

const A_HANDLE = SEEDED.ownerA.household
