import { describe, expect, it } from "vitest"
import { splitHowToGetThere } from "./split-how-to-get-there"

describe("splitHowToGetThere", () => {
  it.each([
    ["no section", "## A\n\nx", { body: "## A\n\nx", how_to_get_there: null }],
    ["a last section", "## A\n\nx\n\n## Đi lại\n\nQuốc lộ 3.", { body: "## A\n\nx", how_to_get_there: "Quốc lộ 3." }],
    [
      "a middle section",
      "## A\n\nx\n\n## Đi lại\n\nQuốc lộ 3.\n\n## B\n\ny",
      { body: "## A\n\nx\n\n## B\n\ny", how_to_get_there: "Quốc lộ 3." },
    ],
    ["an empty section", "x\n\n## Đi lại\n", { body: "x", how_to_get_there: null }],
  ])("handles %s", (_name, input, expected) => {
    expect(splitHowToGetThere(input)).toEqual(expected)
  })

  it("keeps every line of the text somewhere", () => {
    const input = "Mở đầu\n\n## Đi lại\n\nĐường 206.\nĐi ban ngày.\n\n## Ăn\n\nCơm lam."
    const { body, how_to_get_there } = splitHowToGetThere(input)
    for (const line of ["Mở đầu", "Đường 206.", "Đi ban ngày.", "## Ăn", "Cơm lam."]) {
      expect(`${body}\n${how_to_get_there}`).toContain(line)
    }
  })
})
