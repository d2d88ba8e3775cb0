import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { storeGet } from "../support/store-api"

const PUBLIC_KEYS = [
  "area",
  "area_name",
  "ethnicity",
  "handle",
  "helper_team",
  "id",
  "name",
  "story_en",
  "story_vi",
  "verification_status",
].sort()

const catalog = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../content/catalog/producers.json"), "utf8")
) as { producers: { handle: string; phone: string; household_status: string; public_profile_consent: boolean }[] }

type Producer = Record<string, unknown> & { handle: string }

describe("GET /store/producers", () => {
  it("lists every catalog household, verified, with public fields only", async () => {
    const { status, body } = await storeGet<{ producers: Producer[]; count: number }>("/store/producers?limit=100")
    expect(status).toBe(200)
    const listed = body.producers.map((p) => p.handle)
    expect(listed).toEqual(expect.arrayContaining(catalog.producers.map((p) => p.handle)))
    for (const producer of body.producers) {
      expect(producer.verification_status).toBe("verified")
      expect(Object.keys(producer).sort()).toEqual(PUBLIC_KEYS)
    }
  })

  it("hides ethnicity and story of a household that has not agreed to show them", async () => {
    const withheld = catalog.producers.filter((p) => !p.public_profile_consent)
    expect(withheld.length).toBeGreaterThan(0)
    for (const source of withheld) {
      const { body } = await storeGet<{ producer: Producer }>(`/store/producers/${source.handle}`)
      expect(body.producer).toMatchObject({ ethnicity: null, story_vi: null, story_en: null })
    }
  })

  it("shows the story of a household that agreed", async () => {
    const { body } = await storeGet<{ producer: Producer }>("/store/producers/ho-nong-thi-hoa")
    expect(body.producer.ethnicity).toBe("Tày")
    expect(String(body.producer.story_vi)).toContain("dẻ")
  })

  it("never returns a phone number or household status", async () => {
    const { text } = await storeGet("/store/producers?limit=100")
    for (const source of catalog.producers) {
      expect(text).not.toContain(source.phone)
    }
    expect(text).not.toMatch(/household_status|near_poor|recently_escaped|"poor"/)
  })

  it("answers an unknown household with 404 in Vietnamese", async () => {
    const { status, body } = await storeGet<{ message: string }>("/store/producers/khong-co-ai")
    expect(status).toBe(404)
    expect(body.message).toBe('Không tìm thấy người bán "khong-co-ai"')
  })

  it("rejects a malformed handle with 400", async () => {
    const { status, body } = await storeGet<{ message: string }>("/store/producers/%3Cscript%3E")
    expect(status).toBe(400)
    expect(body.message).toContain("không hợp lệ")
  })

  it("rejects a limit above 100", async () => {
    const { status } = await storeGet("/store/producers?limit=5000")
    expect(status).toBe(400)
  })
})
