import { activeFilterCount, apiParams, cleared, hasFilters, toggled, totalText } from "./search-url.ts";

describe("the search page's address", () => {
  it.each([
    ["q=hat+de", 0],
    ["q=hat+de&sort=price_asc", 0],
    ["q=hat+de&category=nong-san", 1],
    ["category=nong-san&area=trung-khanh&price=duoi-100k&in_stock=true&ocop_min=4", 5],
    ["category=", 0],
  ])("counts the filters of ?%s as %i", (query, count) => {
    const page = new URLSearchParams(query);
    expect(activeFilterCount(page)).toBe(count);
    expect(hasFilters(page)).toBe(count > 0);
  });

  it("removes a filter when it is toggled a second time and keeps the words", () => {
    const once = new URLSearchParams(toggled(new URLSearchParams("q=che"), "ocop_min", "4"));
    expect(once.get("ocop_min")).toBe("4");
    const twice = new URLSearchParams(toggled(once, "ocop_min", "4"));
    expect(twice.has("ocop_min")).toBe(false);
    expect(twice.get("q")).toBe("che");
  });

  it("clears every filter but keeps the words and the order", () => {
    const page = new URLSearchParams(cleared(new URLSearchParams("q=che&sort=newest&area=ha-quang&in_stock=true")));
    expect([...page.keys()]).toEqual(["q", "sort"]);
  });

  it.each([
    ["duoi-100k", undefined, "99999"],
    ["100k-200k", "100000", "199999"],
    ["tren-1tr", "1000000", undefined],
  ])("turns the price band %s into an inclusive range", (band, min, max) => {
    const api = apiParams(new URLSearchParams(`price=${band}`), 0);
    expect(api.get("price_min") ?? undefined).toBe(min);
    expect(api.get("price_max") ?? undefined).toBe(max);
  });
});

describe("the number of results", () => {
  it.each([
    [13, "vi", "13"],
    [1_999, "vi", "1.999"],
    [18_000, "vi", "khoảng 18.000"],
    [18_000, "en", "about 18,000"],
  ] as const)("shows %i in %s as %s", (total, locale, text) => {
    expect(totalText(total, locale, locale === "vi" ? "khoảng" : "about")).toBe(text);
  });
});
