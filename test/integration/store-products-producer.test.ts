import { describe, expect, it } from "vitest"
import { storeGet } from "../support/store-api"

type Product = { handle: string; producer?: Record<string, unknown> }

const PRIVATE = /household_status|near_poor|recently_escaped|"phone"|public_profile_consent|09\d{8}/

describe("GET /store/products with the producer relation", () => {
  it("narrows *producer to the public fields", async () => {
    const { status, body } = await storeGet<{ products: Product[] }>(
      "/store/products?handle=hat-de-trung-khanh&fields=handle,*producer"
    )
    expect(status).toBe(200)
    expect(body.products[0].producer).toEqual({
      id: expect.stringMatching(/^pdcr_/),
      handle: "ho-nong-thi-hoa",
      name: "Hộ bà Nông Thị Hoa",
      area: "trung-khanh",
      area_name: "Trùng Khánh",
      verification_status: "verified",
    })
  })

  it.each([
    "handle,producer.household_status",
    "handle,producer.phone",
    "handle,%2Bproducer.household_status,%2Bproducer.phone",
    "handle,producer.*",
    "handle,producer.ethnicity,producer.story_vi",
  ])("returns no private producer field for fields=%s", async (fields) => {
    const { status, text } = await storeGet(`/store/products?limit=100&fields=${fields}`)
    expect(status).toBe(200)
    expect(text).not.toMatch(PRIVATE)
    expect(text).not.toContain("ethnicity")
  })

  it("applies the same rule to a single product", async () => {
    const { body } = await storeGet<{ products: { id: string }[] }>("/store/products?handle=hat-de-trung-khanh&fields=id")
    const { status, text } = await storeGet(
      `/store/products/${body.products[0].id}?fields=*producer,producer.household_status`
    )
    expect(status).toBe(200)
    expect(text).toContain("ho-nong-thi-hoa")
    expect(text).not.toMatch(PRIVATE)
  })
})
