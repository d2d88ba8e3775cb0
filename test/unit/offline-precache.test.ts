import { assetRefs, chunkImports, fileOf, SHELL_PAGES, shellAddresses } from "../../storefront/scripts/offline/precache.ts";

describe("assetRefs", () => {
  it.each<[string, string[]]>([
    ['<script type="module" src="/_astro/Cart.B1.js"></script>', ["/_astro/Cart.B1.js"]],
    ['<link rel="modulepreload" href="/_astro/api.C2.js"><link rel="stylesheet" href="/_astro/site.D3.css">', ["/_astro/api.C2.js", "/_astro/site.D3.css"]],
    ['<script src="/_astro/a.js"></script><script src="/_astro/a.js"></script>', ["/_astro/a.js"]],
    ['<img src="http://localhost:9000/static/p.avif"><a href="/san-pham/x/">', []],
    ['<script src="https://js.stripe.com/v3/"></script>', []],
  ])("finds the built files of %s", (html, refs) => {
    expect(assetRefs(html)).toEqual(refs);
  });
});

describe("chunkImports", () => {
  it.each<[string, string[]]>([
    ['import{s as a}from"./saved-cart.DL.js";import"./api.sj.js";', ["/_astro/saved-cart.DL.js", "/_astro/api.sj.js"]],
    ['const m=await import("./qr-svg.X1.js")', ["/_astro/qr-svg.X1.js"]],
    ['import { a } from "../lib/money.M.js"', ["/lib/money.M.js"]],
    ['fetch("https://api/x.js");const s="from nowhere"', []],
  ])("follows the imports of %s", (js, imports) => {
    expect(chunkImports(js, "/_astro/CartPage.js")).toEqual(imports);
  });
});

describe("fileOf", () => {
  it.each([
    ["/", "index.html"],
    ["/en/cart/", "en/cart/index.html"],
    ["/_astro/a.js", "_astro/a.js"],
  ])("finds %s in %s", (address, file) => {
    expect(fileOf(address)).toBe(file);
  });
});

describe("shellAddresses", () => {
  const built: Record<string, string> = {
    "index.html": '<script src="/_astro/Home.js"></script>',
    "en/index.html": '<script src="/_astro/Home.js"></script>',
    "gio-hang/index.html": '<script src="/_astro/Cart.js"></script>',
    "en/cart/index.html": '<script src="/_astro/Cart.js"></script>',
    "offline/index.html": "<p>offline</p>",
    "_astro/Home.js": 'import"./count.js"',
    "_astro/Cart.js": 'import"./count.js";import"./api.js"',
    "_astro/count.js": 'import"./api.js"',
    "_astro/api.js": "export const a=1",
  };
  const read = (file: string) => built[file] ?? null;
  const addresses = shellAddresses(SHELL_PAGES, read);

  it("keeps the shell pages the build has and skips the one it lacks", () => {
    expect(addresses).toEqual(expect.arrayContaining(["/", "/en/", "/gio-hang/", "/en/cart/", "/offline/"]));
    expect(addresses).not.toContain("/en/offline/");
  });

  it("keeps every script the pages load, through their imports, once each", () => {
    expect(addresses.filter((a) => a.startsWith("/_astro/")).sort()).toEqual(["/_astro/Cart.js", "/_astro/Home.js", "/_astro/api.js", "/_astro/count.js"]);
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it("leaves out a file a page names but the build does not have", () => {
    expect(shellAddresses(["/"], (file) => (file === "index.html" ? '<script src="/_astro/gone.js"></script>' : null))).toEqual(["/"]);
  });
});
