import { describe, expect, it } from "vitest"
import { findProvince, PROVINCES, shippingZone } from "./provinces"

describe("provinces", () => {
  it("holds the 34 provinces once each, in NFC", () => {
    expect(PROVINCES).toHaveLength(34)
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(34)
    for (const province of PROVINCES) {
      expect(province.name).toBe(province.name.normalize("NFC"))
      expect(province.name_en).toMatch(/^[A-Za-z ]+$/)
    }
  })

  it("counts the regions of the 2025 map", () => {
    const count = (region: string) => PROVINCES.filter((province) => province.region === region).length
    expect([count("north"), count("central"), count("south")]).toEqual([15, 11, 8])
  })

  it.each([
    ["CB", "cao-bang"],
    ["HN", "north"],
    ["LS", "north"],
    ["DN", "central"],
    ["LD", "central"],
    ["HCM", "south"],
    ["CM", "south"],
  ])("puts %s in zone %s", (code, zone) => {
    expect(shippingZone(code)).toBe(zone)
  })

  it.each(["", "hn", "XX", "HANOI"])("knows no province %j", (code) => {
    expect(findProvince(code)).toBeUndefined()
    expect(shippingZone(code)).toBeUndefined()
  })

  it("names Hà Nội in both languages", () => {
    expect(findProvince("HN")).toMatchObject({ name: "Thành phố Hà Nội", name_en: "Ha Noi City" })
  })
})
