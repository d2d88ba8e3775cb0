import type { CDPSession, Locator, Page } from "playwright-core";

export interface NewProduct {
  title: string;
  price: string;
  stock: string;
  weight: string;
  category: string;
  photo?: { name: string; mimeType: string; buffer: Buffer };
}

/** The seller page at /ban-hang/: sign in, households, products and the product form. */
export class SellerPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/ban-hang/");
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async signIn(phone: string, password: string): Promise<void> {
    await this.page.getByLabel("Số điện thoại").fill(phone);
    await this.page.getByLabel("Mật khẩu", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập" }).click();
  }

  passwordError(): Locator {
    return this.page.locator("#seller-password-error");
  }

  async chooseHousehold(name: string): Promise<void> {
    await this.page.getByRole("link", { name: new RegExp(`^${name}`) }).click();
  }

  async switchHousehold(): Promise<void> {
    await this.page.getByRole("link", { name: "Đổi hộ" }).click();
  }

  householdChoices(): Locator {
    return this.page.locator('[data-view="households"]').getByRole("link");
  }

  currentHousehold(): Locator {
    return this.page.locator('[data-part="household-name"]');
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole("link", { name: "+ Thêm hàng mới" }).click();
  }

  async fill(product: NewProduct): Promise<void> {
    await this.page.getByLabel("Tên hàng").fill(product.title);
    if (product.photo) await this.page.getByLabel(/Chụp ảnh/).setInputFiles(product.photo);
    await this.page.getByLabel("Giá bán (đồng)").fill(product.price);
    await this.page.getByLabel("Số lượng còn").fill(product.stock);
    await this.page.getByLabel("Cân nặng 1 gói (gam)").fill(product.weight);
    await this.page.getByLabel("Loại hàng").selectOption({ label: product.category });
  }

  photoPreview(): Locator {
    return this.page.locator('[data-part="photo-preview"]');
  }

  priceShown(): Locator {
    return this.page.locator('[data-shown="price"]');
  }

  /** Every text the save button shows from now on, read back by the returned function. */
  async watchSaveButton(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-part="product-form"] [type=submit]');
      const seen: string[] = ((window as unknown as { __saveButtonTexts: string[] }).__saveButtonTexts = []);
      if (button) new MutationObserver(() => seen.push(button.textContent ?? "")).observe(button, { childList: true, characterData: true, subtree: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __saveButtonTexts: string[] }).__saveButtonTexts);
  }

  private throttle: CDPSession | null = null;

  /**
   * A slow uplink (kilobits per second), as from a hillside; null lifts it and lets go of the
   * DevTools session, whose conditions would otherwise override Playwright's own offline switch.
   */
  async limitUpload(kbps: number | null): Promise<void> {
    if (kbps === null) {
      await this.throttle?.detach();
      this.throttle = null;
      return;
    }
    this.throttle ??= await this.page.context().newCDPSession(this.page);
    await this.throttle.send("Network.enable");
    // Chromium throttles only when every figure is set.
    await this.throttle.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: 50_000_000 / 8,
      uploadThroughput: (kbps * 1000) / 8,
    });
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Lưu" }).click();
  }

  products(): Locator {
    return this.page.locator('[data-part="products"] > li');
  }

  product(title: string): Locator {
    return this.products().filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** Decorative (alt=""), so found by tag rather than by role. */
  thumbnail(title: string): Locator {
    return this.product(title).locator("img");
  }

  /**
   * A slow line: the next product list is fetched from the server at once but handed to the
   * page only when `deliver` is called; `fetched` resolves once the server has answered it.
   */
  async holdNextProductList(): Promise<{ fetched: Promise<void>; deliver: () => Promise<void> }> {
    let fetched!: () => void;
    let deliver!: () => void;
    const wasFetched = new Promise<void>((resolve) => (fetched = resolve));
    const delivered = new Promise<void>((resolve) => (deliver = resolve));
    let finished: Promise<unknown> = Promise.resolve();
    await this.page.route(
      (url) => /\/seller\/households\/[^/]+\/products$/.test(url.pathname),
      async (route) => {
        if (route.request().method() !== "GET") return route.fallback();
        const response = await route.fetch();
        finished = this.page.waitForEvent("requestfinished", (request) => request === route.request());
        fetched();
        await delivered;
        await route.fulfill({ response });
      },
      { times: 1 },
    );
    return {
      fetched: wasFetched,
      deliver: async () => {
        await wasFetched;
        deliver();
        await finished;
        // Let the page read and draw the late answer before anyone looks.
        await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      },
    };
  }

  async publish(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Đăng bán: ${title}` }).click();
  }

  async edit(title: string): Promise<void> {
    await this.page.getByRole("link", { name: `Sửa: ${title}` }).click();
  }

  async setStock(stock: string): Promise<void> {
    await this.page.getByLabel("Số lượng còn").fill(stock);
  }

  async askToRemove(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Xoá: ${title}` }).click();
  }

  confirmDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Xoá hàng này?" });
  }

  async cancelRemove(): Promise<void> {
    await this.confirmDialog().getByRole("button", { name: "Thôi" }).click();
  }

  pendingNotice(): Locator {
    return this.page.getByText("Chưa gửi được — sẽ gửi lại khi có mạng");
  }

  /** Drops or restores the phone's connection; the page sees offline/online events. */
  async setOnline(online: boolean): Promise<void> {
    await this.page.context().setOffline(!online);
  }

  async openTab(name: "Hàng của tôi" | "Đơn hàng" | "Tiền của tôi"): Promise<void> {
    await this.page.getByRole("navigation", { name: "Các trang bán hàng" }).getByRole("link", { name }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Đăng xuất" }).click();
  }

  /** The session token the page keeps, to ask the API what the page created. */
  token(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem("chophien.seller.token"));
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: false });
  }
}
