import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { addLine, buyerAddress, complete, newCart, setAddress } from "../support/checkout-api.ts";
import { publishedProduct, verifiedHousehold, type TestHousehold } from "../support/checkout-fixtures.ts";
import { call } from "../support/seller-api.ts";
import { OrderLookupPage } from "./pages/order-lookup-page.ts";
import { axeProblems } from "./support/a11y-checks.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";

type Export = { orders: { number: string; deliver_to: { first_name: string | null; address_1: string | null } }[] };

/**
 * A buyer downloads what the shop keeps about their phone and asks to be forgotten, from the
 * order page, with only the order's number and phone. The order is bought from a household
 * this file registers, so no other suite's counts move.
 */
describe("a buyer downloads and erases their data on the order page", () => {
  let browser: Browser;
  let page: Page;
  let household: TestHousehold;
  let number: string;
  const address = { ...buyerAddress(), street: "Số 9 ngõ Dữ Liệu" };

  async function deliverAll(): Promise<void> {
    const list = await call<{ orders: { id: string; status: string }[] }>("GET", `/seller/households/${household.handle}/orders`, { token: household.token });
    for (const parcel of list.body.orders.filter((p) => p.status !== "delivered")) {
      const act = (body: Record<string, unknown>) =>
        call("POST", `/seller/households/${household.handle}/orders/${parcel.id}/status`, { token: household.token, body });
      await act({ action: "pack" });
      await act({ action: "ship", carrier: "Viettel Post" });
      expect((await act({ action: "deliver", cash_collected: true })).status).toBe(200);
    }
  }

  beforeAll(async () => {
    household = await verifiedHousehold();
    const product = await publishedProduct(household, `Mật ong dữ liệu ${Date.now()}`, [{ label: "500 ml", stock: 5 }]);
    const cart = await newCart();
    await addLine(cart, product.variants[0]!.id, 1);
    await setAddress(cart, address);
    const placed = await complete(cart, "cod");
    expect(placed.status).toBe(200);
    number = placed.body.order!.number;
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows no data section before the order is found", async () => {
    const lookup = new OrderLookupPage(page);
    await lookup.open(number);
    expect(await lookup.myDataSection().count()).toBe(0);
  });

  it("downloads a JSON file holding the order, under the server's dated name", async () => {
    const lookup = new OrderLookupPage(page);
    await lookup.lookUp(number, address.phone);
    const download = await lookup.downloadMyData();
    expect(download.suggestedFilename()).toMatch(/^du-lieu-cua-toi-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), "utf8")) as Export;
    expect(data.orders.map((o) => o.number)).toEqual([number]);
    expect(data.orders[0]?.deliver_to.address_1).toBe(address.street);
    expect(await lookup.myDataStatus().innerText()).toBe(`Đã tải về tệp ${download.suggestedFilename()}.`);
    await lookup.screenshot(screenshotPath("my-data-section-360x640"));
    // The order page with its data section and the download's answer open.
    const problems = await axeProblems(page);
    expect(problems, `axe on the data section:\n  ${problems.join("\n  ")}`).toEqual([]);
  });

  it("says plainly what is erased and what stays, and 'Thôi' erases nothing", async () => {
    const lookup = new OrderLookupPage(page);
    const dialog = await lookup.openErase();
    const words = await dialog.innerText();
    expect(words).toContain("Sẽ xoá: tên, số điện thoại, địa chỉ trên mọi đơn gửi tới số này.");
    expect(words).toContain("Vẫn giữ: món hàng, số tiền — để làm sổ sách.");
    await lookup.screenshot(screenshotPath("my-data-erase-dialog-360x640"));
    const problems = await axeProblems(page);
    expect(problems, `axe with the erase question open:\n  ${problems.join("\n  ")}`).toEqual([]);
    await lookup.answerErase("Thôi");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await lookup.myDataSection().innerText()).not.toMatch(/Đã xoá|chưa giao xong/);
    const still = await call<Export>("POST", "/store/my-data/export", { body: { number, phone: address.phone } });
    expect(still.body.orders[0]?.deliver_to.address_1).toBe(address.street);
  });

  it("refuses to erase while the order is on its way, naming the order", async () => {
    const lookup = new OrderLookupPage(page);
    await lookup.openErase();
    await lookup.answerErase("Xoá");
    await expect.poll(() => lookup.myDataStatus().innerText()).toContain("chưa giao xong");
    expect(await lookup.myDataStatus().innerText()).toContain(number);
    expect(await lookup.mainText()).toContain(address.street);
    await lookup.screenshot(screenshotPath("my-data-erase-refused-360x640"));
  });

  it("says the refusal in English on the English order page", async () => {
    // A page of its own: the journey's page stays on the Vietnamese order.
    const page = await openPage(browser, PHONE);
    await page.goto("/en/orders/");
    await page.getByLabel("Order number", { exact: true }).fill(number);
    await page.getByLabel("Phone number", { exact: true }).fill(address.phone);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    const section = page.getByRole("region", { name: "Your data" });
    await section.getByRole("button", { name: "Erase my details" }).click();
    await page.getByRole("dialog", { name: "Erase your details?" }).getByRole("button", { name: "Erase", exact: true }).click();
    await expect.poll(() => section.getByRole("status").innerText()).toBe(
      `Order ${number} is not delivered yet, so the seller still needs your address. Erase again once it has arrived (or is cancelled).`,
    );
    await page.close();
  });

  it("erases name, phone and address once delivered, after the confirmation", async () => {
    await deliverAll();
    const lookup = new OrderLookupPage(page);
    await lookup.openErase();
    await lookup.answerErase("Xoá");
    await expect.poll(() => lookup.myDataStatus().innerText()).toMatch(/^Đã xoá tên, số điện thoại và địa chỉ của bạn khỏi 1 đơn\./);
    expect(await lookup.mainText()).not.toContain(address.street);
    await lookup.screenshot(screenshotPath("my-data-erased-360x640"));
    const gone = await call<{ message: string }>("POST", "/store/order-lookup", { body: { number, phone: address.phone } });
    expect(gone.status).toBe(404);
  });
});
