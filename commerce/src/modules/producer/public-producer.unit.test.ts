import { describe, expect, it } from "vitest"
import { type StoredProducer, toPublicProducer } from "./public-producer"

const stored: StoredProducer = {
  id: "pdcr_1",
  handle: "ho-nong-thi-hoa",
  name: "Hộ bà Nông Thị Hoa",
  area: "trung-khanh",
  area_name: "Trùng Khánh",
  verification_status: "verified",
  ethnicity: "Tày",
  story_vi: "Ba thế hệ trồng dẻ.",
  story_en: "Three generations grow chestnuts.",
  public_profile_consent: true,
  household_status: "near_poor",
  phone: "0910000000",
  helper_team: { handle: "to-cns-dam-thuy", name: "Tổ Đàm Thủy", id: "htm_1" } as StoredProducer["helper_team"],
}

describe("toPublicProducer", () => {
  it.each([
    ["with consent", true],
    ["without consent", false],
    ["with consent unknown", null],
  ])("never exposes household status or phone (%s)", (_label, consent) => {
    const view = toPublicProducer({ ...stored, public_profile_consent: consent })
    const json = JSON.stringify(view)
    expect(json).not.toContain("near_poor")
    expect(json).not.toContain("0910000000")
    expect(Object.keys(view)).not.toContain("household_status")
    expect(Object.keys(view)).not.toContain("public_profile_consent")
  })

  it.each([
    [true, { ethnicity: "Tày", story_vi: "Ba thế hệ trồng dẻ.", story_en: "Three generations grow chestnuts." }],
    [false, { ethnicity: null, story_vi: null, story_en: null }],
    [null, { ethnicity: null, story_vi: null, story_en: null }],
  ])("shows ethnicity and story only with consent (consent=%s)", (consent, expected) => {
    const view = toPublicProducer({ ...stored, public_profile_consent: consent })
    expect({ ethnicity: view.ethnicity, story_vi: view.story_vi, story_en: view.story_en }).toEqual(expected)
  })

  it("copies only the helper team's handle and name", () => {
    expect(toPublicProducer(stored).helper_team).toEqual({ handle: "to-cns-dam-thuy", name: "Tổ Đàm Thủy" })
  })

  it("drops a column it has not been told about", () => {
    const view = toPublicProducer({ ...stored, bank_account: "0123456789" })
    expect(JSON.stringify(view)).not.toContain("0123456789")
  })
})
