import { sellerText } from "../../lib/seller-text.ts";
import { cashDue, fill, lineWords, nextStep, paymentWords, shortDate, statusWords } from "./order-words.ts";
import type { SellerOrder } from "./order-types.ts";

const vi = sellerText("vi");
const parcel = (status: SellerOrder["status"], payment_method: SellerOrder["payment_method"], paid: boolean) => ({
  status,
  payment_method,
  paid,
});

describe("nextStep", () => {
  it.each([
    ["new", "cod", false, "pack", "Đã đóng gói"],
    ["packed", "cod", false, "ship", "Đã gửi hàng"],
    ["shipped", "cod", false, "deliver", "Đã giao, đã nhận tiền"],
    ["shipped", "vietqr", true, "deliver", "Đã giao xong"],
    ["shipped", "stripe", true, "deliver", "Đã giao xong"],
    // An unpaid transfer still offers "sent": the server answers why not, in its own words.
    ["packed", "vietqr", false, "ship", "Đã gửi hàng"],
  ] as const)("%s %s paid=%s → %s", (status, method, paid, action, label) => {
    expect(nextStep(parcel(status, method, paid), vi)).toEqual({ action, label });
  });

  it("offers a booking one step, the guests' arrival, with the money for cash on delivery", () => {
    const booking = { ...parcel("new", "cod", false), items: [{ booking_date: "2026-12-05" }] };
    expect(nextStep(booking, vi)).toEqual({ action: "deliver", label: "Khách đã đến, đã nhận tiền" });
    expect(nextStep({ ...booking, payment_method: "vietqr", paid: true }, vi)).toEqual({ action: "deliver", label: "Khách đã đến" });
    expect(nextStep({ ...booking, status: "delivered" }, vi)).toBeNull();
  });

  it.each(["delivered", "cancelled"] as const)("offers nothing once %s", (status) => {
    expect(nextStep(parcel(status, "cod", true), vi)).toBeNull();
  });

  it("asks about money on delivery only for cash on delivery", () => {
    for (const method of ["cod", "vietqr", "stripe"] as const) {
      const label = nextStep(parcel("shipped", method, method !== "cod"), vi)?.label ?? "";
      expect(label.includes("tiền")).toBe(method === "cod");
    }
  });
});

describe("paymentWords", () => {
  it.each([
    ["cod", false, "Người mua trả tiền khi nhận"],
    ["cod", true, "Người mua trả tiền khi nhận"],
    ["vietqr", false, "Chưa chuyển khoản – chưa gửi"],
    ["vietqr", true, "Đã chuyển khoản"],
    ["stripe", false, "Chưa chuyển khoản – chưa gửi"],
    ["stripe", true, "Đã trả bằng thẻ"],
  ] as const)("%s paid=%s → %s", (method, paid, words) => {
    expect(paymentWords(parcel("new", method, paid), vi)).toBe(words);
  });
});

describe("statusWords", () => {
  it("has different words for every status in both languages", () => {
    for (const t of [vi, sellerText("en")]) {
      const words = (["new", "packed", "shipped", "delivered", "cancelled"] as const).map((s) => statusWords(parcel(s, "cod", false), t));
      expect(new Set(words).size).toBe(5);
      expect(words.every((w) => w.length > 0)).toBe(true);
    }
  });
});

describe("cashDue", () => {
  it.each([
    [180_000, 30_000, 210_000],
    [45_000, 0, 45_000],
  ])("goods %i + shipping %i = %i", (items_total, shipping_total, due) => {
    expect(cashDue({ items_total, shipping_total })).toBe(due);
  });
});

describe("shortDate", () => {
  it.each([
    ["2026-03-15T03:00:00.000Z", "15/03/2026"],
    // 17:30 UTC is already the next morning in Vietnam.
    ["2026-03-15T17:30:00.000Z", "16/03/2026"],
    ["2025-12-31T16:59:59.000Z", "31/12/2025"],
    ["2025-12-31T17:00:00.000Z", "01/01/2026"],
    ["not a date", ""],
  ])("%s → %s", (iso, shown) => {
    expect(shortDate(iso)).toBe(shown);
  });
});

describe("fill", () => {
  it("puts values in their holes and leaves unknown holes as they are", () => {
    expect(fill(vi.cashQuestion, { amount: "210.000 ₫" })).toBe("Bạn đã nhận đủ 210.000 ₫?");
    expect(fill("{a} và {b}", { a: "1" })).toBe("1 và {b}");
  });
});

describe("lineWords", () => {
  const item = { title: "Đi bè mảng ra chân thác Bản Giốc", variant_title: "2026-12-05", quantity: 2, unit_price: 60_000, total: 120_000 };
  it.each([
    ["a booking, by its day", { ...item, booking_date: "2026-12-05" }, "2 khách ngày 05/12/2026 – Đi bè mảng ra chân thác Bản Giốc"],
    ["goods, by their pack", { ...item, title: "Trà Shan tuyết", variant_title: "Gói 100 g" }, "2 × Trà Shan tuyết – Gói 100 g"],
    ["goods with one pack", { ...item, title: "Trà Shan tuyết", variant_title: null }, "2 × Trà Shan tuyết"],
  ])("words %s", (_label, line, words) => {
    expect(lineWords(line, vi)).toBe(words);
  });
});
