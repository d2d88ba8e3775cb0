import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { AddToCartPanel } from "./pages/add-to-cart-panel.ts";
import { CartPage } from "./pages/cart-page.ts";
import { ProductPage } from "./pages/product-page.ts";
import { axeProblems, smallTargets } from "./support/a11y-checks.ts";
import { launchChromium, PHONE } from "./support/browser.ts";
import { HONEY, TEA } from "./support/buyer.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

const NOTICE_VI = "Mất mạng. Bạn đang xem trang đã lưu.";

/** What the offline journey looks at beyond the shared page objects: the notice and the fallback page. */
class OfflineView {
  constructor(private readonly page: Page) {}

  /** The banner under the header; empty (and so not shown) while online. */
  notice(): Locator {
    return this.page.locator("[data-offline-notice]");
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  homeLink(name: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name });
  }

  /** Waits until the service worker controls this page (it registers after the page loads). */
  async controlled(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }

  /** Whether the worker has stored this page yet (it stores it just after showing it). */
  saved(path: string): Promise<boolean> {
    return this.page.evaluate(async (address) => (await caches.match(new URL(address, location.origin).href)) !== undefined, path);
  }
}

describe("a buyer whose connection drops after looking at the honey", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let view: OfflineView;
  let cart: CartPage;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, baseURL: stack.storefrontUrl });
    page = await context.newPage();
    view = new OfflineView(page);
    cart = new CartPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("gets the service worker from /sw.js on the home page, which then controls the page", async () => {
    await page.goto("/");
    await view.controlled();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${new URL(stack.storefrontUrl).origin}/`);
    expect(await view.notice().isVisible()).toBe(false);
  });

  it("adds 2 bottles of honey to the cart while online", async () => {
    const panel = new AddToCartPanel(page);
    await panel.openProduct(HONEY.handle);
    await panel.choose(HONEY.variant);
    await panel.more(1);
    expect(await panel.add()).toContain("Đã thêm");
    await expect.poll(() => view.saved(`/san-pham/${HONEY.handle}/`), { timeout: 30_000, interval: 250 }).toBe(true);
  });

  it("opens the checkout and the seller page once while online", async () => {
    await page.goto("/thanh-toan/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goto("/ban-hang/");
    await expect.poll(() => view.saved("/ban-hang/"), { timeout: 30_000, interval: 250 }).toBe(true);
  });

  it("shows the honey page again with the browser offline, under the offline notice", async () => {
    await context.setOffline(true);
    const product = new ProductPage(page);
    await product.open(HONEY.handle);
    expect(await product.title().innerText()).toBe(HONEY.title);
    expect(await view.notice().innerText()).toBe(NOTICE_VI);
    expect(await page.getByRole("main").innerText()).toContain("220.000 ₫");
    await page.screenshot({ path: screenshotPath("offline-product-360x640") });
  });

  it("shows the cart offline with the honey, its quantity and price, and says ordering needs the network", async () => {
    await cart.open();
    const line = cart.line(HONEY.title);
    expect(await line.getByRole("spinbutton").inputValue()).toBe("2");
    expect(await line.innerText()).toContain("440.000 ₫");
    expect(await page.getByRole("alert").innerText()).toContain("Đây là giỏ hàng lần cuối bạn xem");
    expect(await page.getByText("Cần có mạng để đặt hàng.").isVisible()).toBe(true);
    expect(await cart.checkoutLink().count()).toBe(0);
    expect(await line.getByRole("button", { name: "Thêm 1" }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath("offline-cart-360x640"), fullPage: true });
  });

  it("keeps the offline cart readable by everyone: no serious axe problem, thumb-sized controls", async () => {
    expect(await axeProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });

  it("opens the seller page offline from its saved copy", async () => {
    await page.goto("/ban-hang/");
    // The sign-in form is shown by the page's script, so this also proves its files were kept.
    await page.getByLabel("Số điện thoại").waitFor({ timeout: 10_000 });
    expect(await view.heading().innerText()).toBe("Đăng nhập để bán hàng");
  });

  it("answers a page never opened with the page that says it is not saved, in Vietnamese and in English", async () => {
    await page.goto(`/san-pham/${TEA.handle}/`);
    expect(await view.heading().innerText()).toBe("Chưa lưu trang này");
    expect(await page.getByText("Trang này chưa được lưu trên máy. Khi có mạng, hãy mở lại.").isVisible()).toBe(true);
    expect(await view.homeLink("Về trang chủ").getAttribute("href")).toBe("/");
    // Not "you are seeing a saved page", which this page is not.
    expect(await view.notice().innerText()).toBe("Mất mạng.");
    expect(await axeProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.goto(`/en/products/${TEA.handle}/`);
    expect(await view.heading().innerText()).toBe("This page is not saved");
    expect(await view.notice().innerText()).toBe("No connection.");
    expect(await view.homeLink("Go to the home page").getAttribute("href")).toBe("/en/");
  });

  it("never keeps the checkout, though it was opened: offline it is the not-saved page", async () => {
    await page.goto("/thanh-toan/");
    expect(await view.heading().innerText()).toBe("Chưa lưu trang này");
  });

  it("hides the notice when the connection is back, and the cart can be changed again", async () => {
    await cart.open();
    await context.setOffline(false);
    await page.getByRole("link", { name: "Đặt hàng" }).waitFor();
    expect(await view.notice().isVisible()).toBe(false);
    expect(await cart.line(HONEY.title).getByRole("button", { name: "Thêm 1" }).isDisabled()).toBe(false);
    // The cart's own message about the connection is gone with it (an empty alert is not shown).
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("says it shows a saved page when the phone shows bars but no data gets through", async () => {
    // The phone believes it is online (navigator.onLine stays true) while nothing reaches the server.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "onLine", { get: () => true }));
    await context.setOffline(true);
    const product = new ProductPage(page);
    await product.open(HONEY.handle);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    expect(await product.title().innerText()).toBe(HONEY.title);
    await expect.poll(() => view.notice().innerText(), { timeout: 10_000 }).toBe(NOTICE_VI);
  });
});
