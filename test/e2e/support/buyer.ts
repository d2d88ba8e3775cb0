import type { BuyerAddress } from "../pages/checkout-page.ts";

/** The two seed products from two households that the checkout journeys buy. */
// Not ho-nong-thi-hoa: the seller listing journey checks that household has no orders yet.
export const HONEY = { handle: "mat-ong-rung-trung-khanh", title: "Mật ong rừng Trùng Khánh", variant: "Chai 500 ml", household: "Hộ ông Lục Văn Tuấn", price: 220_000 };
export const TEA = { handle: "tra-shan-tuyet-phja-den", title: "Trà Shan tuyết cổ thụ Phja Đén", variant: "Gói 100 g", household: "Hộ bà Triệu Thị Mây", price: 150_000 };

/** A buyer in Hà Nội with a phone number of their own per journey, so lookups never mix runs. */
export function buyerAddress(): BuyerAddress {
  return {
    name: "Nguyễn Thị Lan",
    phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    province: "Thành phố Hà Nội",
    ward: "Phường Ba Đình",
    street: "12 Phố Đội Cấn",
  };
}
