import type { BuyerAddress } from "../pages/checkout-page.ts";

/** The two seed products from two households that the checkout journeys buy. */
export const CHESTNUTS = { handle: "hat-de-trung-khanh", title: "Hạt dẻ Trùng Khánh", variant: "1 kg", household: "Hộ bà Nông Thị Hoa", price: 180_000 };
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
