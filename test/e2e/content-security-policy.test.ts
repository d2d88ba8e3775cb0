import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser, Page, Response } from "playwright-core";
import sharp from "sharp";
import { call, productBody, SEEDED, signIn } from "../support/seller-api.ts";
import { A11Y_PAGES } from "./support/a11y-pages.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { stack } from "./support/stack.ts";
import { STRIPE_JS_TEST_DOUBLE, STRIPE_JS_URL } from "./support/stripe-js-test-double.ts";

type Violation = { directive: string; blocked: string };
type Watched = Window & { __cspViolations: Violation[]; __injected?: boolean; Stripe?: unknown };

/** Records every securitypolicyviolation event from the first line of the page on. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
`;

async function watchedPage(browser: Browser): Promise<Page> {
  const page = await openPage(browser, PHONE);
  await page.addInitScript(RECORD_VIOLATIONS);
  // Stripe.js cannot be downloaded here; the card journey's test double stands in for it.
  await page.route(STRIPE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: STRIPE_JS_TEST_DOUBLE }));
  return page;
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as Watched).__cspViolations);
}

function scriptSources(response: Response | null): string[] {
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src "));
  return scriptSrc ? scriptSrc.split(/\s+/).slice(1) : [];
}

/** Adds a <script src> the way a tampered page would, and reports whether it ran. */
async function loadStripeJs(page: Page): Promise<boolean> {
  return page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const script = document.createElement("script");
        script.src = url;
        script.onload = () => resolve(typeof (window as unknown as Watched).Stripe === "function");
        script.onerror = () => resolve(false);
        document.head.append(script);
      }),
    STRIPE_JS_URL,
  );
}

/** Page types the accessibility run does not visit. */
const EXTRA_PAGES: [string, string][] = [
  ["experience vi", "/trai-nghiem/homestay-khuoi-khon/"],
  ["experience en", "/en/experiences/homestay-khuoi-khon/"],
  ["impact vi", "/tac-dong/"],
  ["impact en", "/en/impact/"],
  ["sitemap", "/sitemap.xml"],
];

/** The running stack's local File provider writes under commerce/static, served at /static. */
const STATIC_DIR = path.resolve(import.meta.dirname, "../../commerce/static");

/**
 * A photo uploaded the way the seller page does, to a draft product of a seeded household:
 * nothing public changes, and the product and its files go again afterwards.
 */
async function uploadedPhotoUrls(): Promise<{ urls: string[]; cleanUp: () => Promise<void> }> {
  const household = SEEDED.ownerA.household;
  const token = await signIn(SEEDED.ownerA.phone);
  const created = await call<{ product: { id: string } }>("POST", `/seller/households/${household}/products`, { token, body: productBody() });
  expect(created.status).toBe(201);
  const productId = created.body.product.id;
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 60 } } }).jpeg().toBuffer();
  const uploaded = await fetch(new URL(`/seller/households/${household}/products/${productId}/photos`, stack.medusaUrl), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "image/jpeg" },
    body: new Uint8Array(jpeg),
  });
  const reply = (await uploaded.json()) as { photo?: { variants: { url: string }[] } };
  const urls = reply.photo?.variants.map((variant) => variant.url) ?? [];
  expect([uploaded.status, urls.length >= 3]).toEqual([200, true]);
  return {
    urls,
    cleanUp: async () => {
      for (const url of urls) rmSync(path.join(STATIC_DIR, decodeURIComponent(new URL(url).pathname).replace(/^\/static\//, "")), { force: true });
      await call("DELETE", `/seller/households/${household}/products/${productId}`, { token });
    },
  };
}

/**
 * The storefront's Content-Security-Policy: every page type loads without a single violation,
 * scripts come only from the site (never inline), and only the checkout may load Stripe.js.
 */
describe("the storefront under its Content-Security-Policy", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(A11Y_PAGES.map((page) => [page.name, page] as const))("loads %s with no violation", async (_name, target) => {
    const page = await watchedPage(browser);
    const response = await page.goto(target.path, { waitUntil: "load" });
    if (target.ready) await page.locator(target.ready).first().waitFor();
    await page.waitForLoadState("networkidle");
    const sources = scriptSources(response);
    expect(sources).toContain("'self'");
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it("blocks an injected inline script and an inline event handler", async () => {
    const page = await watchedPage(browser);
    await page.goto("/san-pham/hat-de-trung-khanh/");
    const ran = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement("script");
          script.textContent = "window.__injected = true";
          document.body.append(script);
          const holder = document.createElement("div");
          holder.innerHTML = '<img src="data:," onerror="window.__injected = true">';
          document.body.append(holder);
          setTimeout(() => resolve((window as unknown as Watched).__injected === true), 500);
        }),
    );
    expect(ran).toBe(false);
    const directives = (await violations(page)).map((violation) => violation.directive);
    expect(directives).toEqual(expect.arrayContaining(["script-src-elem", "script-src-attr"]));
    await page.context().close();
  });

  it("lets the checkout load Stripe.js and no other page", async () => {
    const checkout = await watchedPage(browser);
    const checkoutResponse = await checkout.goto("/thanh-toan/");
    expect(scriptSources(checkoutResponse)).toContain(new URL(STRIPE_JS_URL).origin);
    expect(await loadStripeJs(checkout)).toBe(true);
    expect(await violations(checkout)).toEqual([]);
    await checkout.context().close();

    const product = await watchedPage(browser);
    const productResponse = await product.goto("/en/products/hat-de-trung-khanh/");
    expect(scriptSources(productResponse)).not.toContain(new URL(STRIPE_JS_URL).origin);
    expect(await loadStripeJs(product)).toBe(false);
    expect(await violations(product)).toEqual([{ directive: "script-src-elem", blocked: STRIPE_JS_URL }]);
    await product.context().close();
  });

  it.each(EXTRA_PAGES)("loads %s with no violation", async (_name, target) => {
    const page = await watchedPage(browser);
    const response = await page.goto(target, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    expect(scriptSources(response)).not.toContain("'unsafe-inline'");
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows a household's photo from Medusa's /static in every format on a page under the policy", async () => {
    const photos = await uploadedPhotoUrls();
    try {
      const page = await watchedPage(browser);
      await page.goto("/san-pham/hat-de-trung-khanh/");
      const widths = await page.evaluate(
        (urls) =>
          Promise.all(
            urls.map(
              (url) =>
                new Promise<number>((resolve) => {
                  const img = document.createElement("img");
                  img.onload = () => resolve(img.naturalWidth);
                  img.onerror = () => resolve(0);
                  img.src = url;
                  document.body.append(img);
                }),
            ),
          ),
        photos.urls,
      );
      expect(widths.every((width) => width > 0)).toBe(true);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    } finally {
      await photos.cleanUp();
    }
  });

  it("lets the seller page read back a photo kept as a data: URL, and no other page", async () => {
    const readBack = (page: Page) =>
      page.evaluate(() => fetch("data:text/plain,anh").then((reply) => reply.text(), () => "blocked"));
    const seller = await watchedPage(browser);
    await seller.goto("/ban-hang/");
    expect(await readBack(seller)).toBe("anh");
    expect(await violations(seller)).toEqual([]);
    await seller.context().close();
    const product = await watchedPage(browser);
    await product.goto("/san-pham/hat-de-trung-khanh/");
    expect(await readBack(product)).toBe("blocked");
    await product.context().close();
  });

  it("refuses to be framed by another site", async () => {
    const page = await watchedPage(browser);
    const response = await page.goto("/");
    expect(response?.headers()["x-frame-options"]).toBe("DENY");
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    await page.context().close();
  });
});
