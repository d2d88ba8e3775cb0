import { describe, expect, it } from "vitest";
import { seasonText } from "./season.ts";

describe("seasonText", () => {
  it.each([
    ["Tháng 8 - tháng 10", "August to October", "en"],
    ["Tháng 10 - tháng 3", "October to March", "en"],
    ["Quanh năm", "All year", "en"],
    ["Vụ xuân: tháng 3 - tháng 4", "Spring crop: March to April", "en"],
    ["Tháng 13 - tháng 2", "Tháng 13 - tháng 2", "vi"],
    ["Sau Tết", "Sau Tết", "vi"],
  ])("renders %j on English pages as %j", (season, text, lang) => {
    expect(seasonText(season, "en")).toEqual({ text, lang });
  });

  it("keeps Vietnamese pages exactly as the household wrote it", () => {
    expect(seasonText("Tháng 8 - tháng 10", "vi")).toEqual({ text: "Tháng 8 - tháng 10", lang: "vi" });
  });
});
