import { downloadName } from "./my-data-file.ts";

const today = new Date("2026-11-28T07:50:00Z");

describe("downloadName", () => {
  it.each([
    ['attachment; filename="du-lieu-cua-toi-2026-11-27.json"', "du-lieu-cua-toi-2026-11-27.json"],
    ["attachment; filename=data.json", "data.json"],
    [null, "du-lieu-cua-toi-2026-11-28.json"],
    ["", "du-lieu-cua-toi-2026-11-28.json"],
    ['attachment; filename="../../etc/passwd"', "du-lieu-cua-toi-2026-11-28.json"],
    ['attachment; filename="a/b.json"', "du-lieu-cua-toi-2026-11-28.json"],
    ['attachment; filename="page.html"', "du-lieu-cua-toi-2026-11-28.json"],
  ])("names %s as %s", (disposition, name) => {
    expect(downloadName(disposition, today)).toBe(name);
  });
});
