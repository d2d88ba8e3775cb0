import type { Browser } from "playwright-core";
import { SellerPage } from "./pages/seller-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

const HELPER = "0920000001";
const RUN = Date.now().toString(36);
const HOUSEHOLDS = [
  { name: "Hộ bà Nông Thị Hoa", handle: "ho-nong-thi-hoa", title: `Miến dong thử ${RUN}` },
  { name: "Hộ ông Lục Văn Tuấn", handle: "ho-luc-van-tuan", title: `Mật ong thử ${RUN}` },
];

/** Deletes what the journey listed, so the seeded households look the same next run. */
async function cleanUp(): Promise<void> {
  const signIn = await fetch(`${stack.medusaUrl}/seller/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: HELPER, password: "chophien2026" }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  for (const { handle, title } of HOUSEHOLDS) {
    const base = `${stack.medusaUrl}/seller/households/${handle}/products`;
    const list = (await (await fetch(`${base}?limit=100&offset=0`, { headers: auth })).json()) as {
      products: { id: string; title_vi: string }[];
    };
    for (const product of list.products.filter((p) => p.title_vi === title)) {
      await fetch(`${base}/${product.id}`, { method: "DELETE", headers: auth });
    }
  }
}

describe("a community helper lists for two of the households it helps", () => {
  let browser: Browser;
  let seller: SellerPage;

  beforeAll(async () => {
    browser = await launchChromium();
    seller = new SellerPage(await openPage(browser, PHONE));
    await seller.open();
  });

  afterAll(async () => {
    await browser?.close();
    await cleanUp();
  });

  it("signs in and is asked which household it sells for", async () => {
    await seller.signIn(HELPER, "chophien2026");
    await seller.heading().filter({ hasText: "Bạn bán hàng cho hộ nào?" }).waitFor();
    expect(await seller.householdChoices().count()).toBe(4);
    await seller.screenshot(screenshotPath("seller-helper-households-360x640"));
  });

  for (const [index, household] of HOUSEHOLDS.entries()) {
    it(`lists one product for ${household.name}`, async () => {
      if (index > 0) await seller.switchHousehold();
      await seller.chooseHousehold(household.name);
      await seller.heading().filter({ hasText: "Hàng của tôi" }).waitFor();
      expect(await seller.currentHousehold().innerText()).toBe(household.name);
      await seller.startAdding();
      await seller.fill({ title: household.title, price: "120.000", stock: "5", weight: "300", category: "Đặc sản khô" });
      await seller.save();
      await seller.product(household.title).waitFor({ timeout: 30_000 });
      await seller.screenshot(screenshotPath(`seller-helper-${household.handle}-360x640`));
    });
  }

  it("sees each product only in its own household's list", async () => {
    const [first, second] = HOUSEHOLDS;
    expect(await seller.product(second?.title ?? "").count()).toBe(1);
    expect(await seller.product(first?.title ?? "").count()).toBe(0);
    await seller.switchHousehold();
    await seller.chooseHousehold(first?.name ?? "");
    await seller.product(first?.title ?? "").waitFor();
    expect(await seller.product(second?.title ?? "").count()).toBe(0);
  });
});
