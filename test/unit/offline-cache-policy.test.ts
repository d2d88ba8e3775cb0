import { fallbackPath, pageKey, strategyFor, type RequestFacts, type Strategy } from "../../storefront/scripts/offline/cache-policy.ts";

const SITE = "https://cho-phien.vn";
const API = "https://api.cho-phien.vn";

function facts(url: string, extra: Partial<RequestFacts> = {}): RequestFacts {
  return { url, method: "GET", mode: "no-cors", destination: "", headerNames: [], ...extra };
}
const open = (url: string) => facts(url, { mode: "navigate", destination: "document" });
const script = (url: string) => facts(url, { mode: "cors", destination: "script" });
const photo = (url: string) => facts(url, { destination: "image" });
const api = (url: string, headerNames: string[] = ["x-publishable-api-key"]) => facts(url, { mode: "cors", headerNames });

describe("strategyFor: what the service worker keeps", () => {
  it.each<[string, RequestFacts, Strategy]>([
    ["the home page", open(`${SITE}/`), "page"],
    ["a product page", open(`${SITE}/san-pham/hat-de-trung-khanh/`), "page"],
    ["an English product page", open(`${SITE}/en/products/hat-de-trung-khanh/`), "page"],
    ["the cart page (its lines come from the API, not the page)", open(`${SITE}/gio-hang/`), "page"],
    ["the seller page's shell", open(`${SITE}/ban-hang/`), "page"],
    ["the search page with a query", open(`${SITE}/tim-kiem/?q=mat+ong`), "page"],
    ["the offline page itself", open(`${SITE}/offline/`), "page"],
    ["a fingerprinted script", script(`${SITE}/_astro/CartPage.astro_astro_type_script_index_0_lang.BpllISLV.js`), "asset"],
    ["a product photo from the file store", photo(`${API}/static/photos/abc-640.avif`), "image"],
    ["a photo on the storefront itself", photo(`${SITE}/icons/logo.png`), "image"],
  ])("keeps %s", (_name, request, strategy) => {
    expect(strategyFor(request, SITE)).toBe(strategy);
  });

  it.each<[string, RequestFacts]>([
    ["the checkout page", open(`${SITE}/thanh-toan/`)],
    ["the English checkout page", open(`${SITE}/en/checkout/`)],
    ["the order lookup page", open(`${SITE}/don-hang/`)],
    ["the English order lookup page", open(`${SITE}/en/orders/`)],
    ["an order lookup with its number in the address", open(`${SITE}/don-hang/?so=CP-12`)],
    ["the worker's own file", script(`${SITE}/sw.js`)],
    ["the sitemap", facts(`${SITE}/sitemap.xml`)],
    ["a cart read with its token", api(`${API}/store/carts/cart_01`, ["x-publishable-api-key", "x-cart-token"])],
    ["a Store API read (another origin)", api(`${API}/store/products?fields=id`)],
    ["a seller API read with a bearer token", api(`${API}/seller/products`, ["Authorization"])],
    ["a seller API read with the session cookie", api(`${SITE}/seller/orders`, ["Cookie"])],
    // The same rule on the storefront's own origin, where nothing else would stop it.
    ["a storefront file asked for with a cart token", facts(`${SITE}/_astro/cart.js`, { mode: "cors", headerNames: ["X-Cart-Token"] })],
    ["a photo asked for with a bearer token", facts(`${API}/seller/photos/abc.jpg`, { destination: "image", headerNames: ["authorization"] })],
    ["adding to the cart (POST)", facts(`${API}/store/carts/cart_01/line-items`, { method: "POST", mode: "cors" })],
    ["a same-origin POST", facts(`${SITE}/gio-hang/`, { method: "POST", mode: "navigate" })],
    ["a page opened with a token in its address", open(`${SITE}/ban-hang/?token=abc`)],
    ["a page opened with a key in its address", open(`${SITE}/?api_key=abc`)],
    ["a signed photo address", photo(`${API}/static/photos/abc.jpg?X-Amz-Signature=abc`)],
    ["a resized photo with a query", photo(`${API}/static/photos/abc.jpg?w=640`)],
    ["an image answer that is not an image file", photo(`${API}/store/qr?order=CP-12`)],
    ["Stripe's script", script("https://js.stripe.com/v3/")],
    ["a same-origin fetch() that is not a page", api(`${SITE}/data.json`, [])],
    ["a data: address", photo("data:image/png;base64,AAAA")],
    ["a chrome-extension address", script("chrome-extension://abc/x.js")],
    ["an address that does not parse", open("not a url")],
  ])("never keeps %s", (_name, request) => {
    expect(strategyFor(request, SITE)).toBe("network");
  });
});

describe("pageKey", () => {
  it.each([
    [`${SITE}/tim-kiem/?q=mat`, `${SITE}/tim-kiem/`],
    [`${SITE}/san-pham/che-lam/#reviews`, `${SITE}/san-pham/che-lam/`],
    [`${SITE}/`, `${SITE}/`],
  ])("keeps %s as %s", (url, key) => {
    expect(pageKey(url)).toBe(key);
  });
});

describe("fallbackPath", () => {
  it.each([
    [`${SITE}/san-pham/che-lam/`, "/offline/"],
    [`${SITE}/`, "/offline/"],
    [`${SITE}/en/`, "/en/offline/"],
    [`${SITE}/en/products/che-lam/`, "/en/offline/"],
    // A Vietnamese address that merely starts with "en" is still Vietnamese.
    [`${SITE}/enthusiast/`, "/offline/"],
  ])("answers %s with %s", (url, path) => {
    expect(fallbackPath(url)).toBe(path);
  });
});
