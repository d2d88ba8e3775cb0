import { describe, expect, it } from "vitest"
import { statusWords } from "./status-reads-api"

describe("statusWords", () => {
  it.each([
    ["poor", "Hộ nghèo"],
    ["near_poor", "Hộ cận nghèo"],
    ["recently_escaped", "Mới thoát nghèo"],
    ["none", "Không thuộc diện"],
    [null, "Chưa ghi mức sống"],
    ["", "Chưa ghi mức sống"],
    ["something_new", "something_new"],
  ])("says %s as %s", (status, words) => {
    expect(statusWords(status)).toBe(words)
  })

  it("has words for every status the seed catalog uses", async () => {
    const { readFile } = await import("node:fs/promises")
    const { join } = await import("node:path")
    const producers = JSON.parse(await readFile(join(__dirname, "../../../../content/catalog/producers.json"), "utf8")) as { household_status?: string }[] | { producers: { household_status?: string }[] }
    const list = Array.isArray(producers) ? producers : producers.producers
    const statuses = new Set(list.map((p) => p.household_status).filter((s): s is string => Boolean(s)))
    expect(statuses.size).toBeGreaterThan(0)
    for (const status of statuses) expect(statusWords(status)).not.toBe(status)
  })
})
