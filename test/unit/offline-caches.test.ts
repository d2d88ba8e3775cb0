import { cacheNames, overCap, staleCaches } from "../../storefront/scripts/offline/caches.ts";
import { isKeepMessage, MAX_KEEP_URLS } from "../../storefront/scripts/offline/messages.ts";

describe("cacheNames and staleCaches", () => {
  const current = cacheNames("b2");

  it("gives every cache its own name, the shell's carrying the build's version", () => {
    const names = Object.values(current);
    expect(new Set(names).size).toBe(names.length);
    expect(current.shell).toContain("b2");
    // Pages a buyer saved must survive a new build of the catalog.
    expect(cacheNames("b3").page).toBe(current.page);
    expect(cacheNames("b3").image).toBe(current.image);
  });

  it.each<[string, string[], string[]]>([
    ["nothing when only current caches exist", Object.values(current), []],
    ["the shell of the previous build", [cacheNames("b1").shell, current.shell, current.page], [cacheNames("b1").shell]],
    ["an older worker's page cache", ["cho-phien-pages-v0", current.page], ["cho-phien-pages-v0"]],
    ["never another site's cache on the same origin", ["workbox-precache-v2", "my-app", current.shell], []],
  ])("removes %s", (_name, existing, stale) => {
    expect(staleCaches(existing, current)).toEqual(stale);
  });
});

describe("overCap", () => {
  it.each<[string[], number, string[]]>([
    [[], 3, []],
    [["a", "b", "c"], 3, []],
    [["a", "b", "c", "d"], 3, ["a"]],
    [["a", "b", "c", "d", "e"], 2, ["a", "b", "c"]],
  ])("trims %j to %i by dropping the oldest %j", (keys, cap, dropped) => {
    expect(overCap(keys, cap)).toEqual(dropped);
    expect(keys.length - overCap(keys, cap).length).toBe(Math.min(keys.length, cap));
  });
});

describe("isKeepMessage", () => {
  const SITE = "https://cho-phien.vn";
  it.each<[string, unknown, boolean]>([
    ["a page and its scripts", { type: "keep", urls: [`${SITE}/`, `${SITE}/_astro/a.js`] }, true],
    ["no addresses", { type: "keep", urls: [] }, true],
    ["another origin's address", { type: "keep", urls: ["https://evil.example/x"] }, false],
    ["an address that does not parse", { type: "keep", urls: ["::"] }, false],
    ["something that is not text", { type: "keep", urls: [42] }, false],
    ["another kind of message", { type: "skip", urls: [] }, false],
    ["too many addresses", { type: "keep", urls: Array.from({ length: MAX_KEEP_URLS + 1 }, (_, i) => `${SITE}/${i}/`) }, false],
    ["null", null, false],
    ["a string", "keep", false],
  ])("%s → %s", (_name, data, ok) => {
    expect(isKeepMessage(data, SITE)).toBe(ok);
  });
});
