import type { Browser, Page } from "playwright-core";
import { CheckoutPage } from "./pages/checkout-page.ts";
import { ExperiencePage } from "./pages/experience-page.ts";
import { axeProblems, sidewaysOverflow, smallTargets } from "./support/a11y-checks.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { buyerAddress } from "./support/buyer.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

/**
 * A visitor on a phone books a bamboo raft ride for two on a date from the calendar, pays
 * cash, and the date has two places fewer. No other journey books this experience.
 */
const RAFT = { handle: "be-mang-ban-gioc", household: "Hộ ông Bế Văn Thắng", price: 60_000 };

type Day = { date: string; variant_id: string | null; left: number; bookable: boolean };

async function availability(): Promise<Day[]> {
  const key = process.env.CHO_PHIEN_PUBLISHABLE_KEY ?? "";
  const response = await fetch(`${stack.medusaUrl}/store/experiences/${RAFT.handle}/availability?days=56`, {
    headers: { "x-publishable-api-key": key },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { dates: Day[] }).dates;
}

describe("a visitor books a raft ride for two and pays cash", () => {
  let browser: Browser;
  let page: Page;
  let day: Day;
  const address = buyerAddress();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
    // The first date with room for two; earlier runs on the same stack may have filled others.
    const found = (await availability()).find((d) => d.bookable && d.left >= 2);
    expect(found, "a date with two places").toBeDefined();
    day = found as Day;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the calendar with today and tomorrow closed", async () => {
    const experience = new ExperiencePage(page);
    await experience.open(RAFT.handle);
    expect(await experience.heading().innerText()).toBe("Đi bè mảng ra chân thác Bản Giốc");
    const labels = await experience.dates().evaluateAll((inputs) => inputs.map((input) => input.getAttribute("aria-label") ?? ""));
    expect(labels).toHaveLength(56);
    expect(labels[0]).toMatch(/không nhận đặt$/);
    expect(labels[1]).toMatch(/không nhận đặt$/);
    expect(await experience.dates().nth(0).isDisabled()).toBe(true);
  });

  it("has no serious accessibility problem and date tiles a thumb can hit", async () => {
    expect(await axeProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
  });

  it("picks a date and 2 guests, and keeps the places in the cart", async () => {
    const experience = new ExperiencePage(page);
    await experience.pick(day.date);
    const [year, month, date] = day.date.split("-");
    expect(await experience.chosen().innerText()).toBe(`Ngày ${date}/${month}/${year}: còn ${day.left} chỗ.`);
    await experience.moreGuests();
    expect(await experience.guests().inputValue()).toBe("2");
    expect(await experience.book()).toBe("Đã giữ chỗ trong giỏ. Chỗ chỉ chắc chắn khi bạn đặt hàng.");
    await experience.screenshot(screenshotPath("experience-booking-360x640"));
  });

  it("checks out with no shipping to pay and cash for the ride", async () => {
    await new ExperiencePage(page).checkoutLink().click();
    const checkout = new CheckoutPage(page);
    await checkout.field("Họ và tên").waitFor();
    await checkout.fillAddress(address);
    await checkout.workOutShipping();
    await checkout.parcelsHeading().waitFor();
    expect(await checkout.parcel(RAFT.household).innerText()).toContain(`2 × Đi bè mảng ra chân thác Bản Giốc (${day.date})`);
    expect(await checkout.figure("Tiền gửi hàng").innerText()).toBe("0 ₫");
    expect(await checkout.figure("Tổng cộng").innerText()).toBe("120.000 ₫");
    await checkout.paymentOption("Trả tiền mặt khi nhận hàng").check();
    await checkout.placeOrder();
    await checkout.confirmationHeading().waitFor();
    expect(await checkout.orderNumber().innerText()).toMatch(/^CP-\d+$/);
    await checkout.screenshot(screenshotPath("experience-booked-360x640"));
  });

  it("leaves the date with two places fewer", async () => {
    const after = (await availability()).find((d) => d.date === day.date);
    expect(after?.left).toBe(day.left - 2);
  });
});
