import type { Locale } from "@storefront/lib/locale.ts";

// The few words the product page's island needs, kept apart so that page stays light.
const vi = {
  choose: "Chọn loại",
  quantity: "Số lượng",
  less: "Bớt 1",
  more: "Thêm 1",
  add: "Thêm vào giỏ",
  adding: "Đang thêm…",
  added: "Đã thêm vào giỏ.",
  seeCart: "Xem giỏ hàng",
  soldOut: "Hết hàng",
  badQuantity: "Hãy chọn số lượng từ 1 đến 99.",
  offline: "Không có mạng. Hãy kiểm tra mạng rồi thử lại.",
  serverError: "Có lỗi, hãy thử lại sau ít phút.",
};

export type AddText = typeof vi;

const en: AddText = {
  choose: "Choose",
  quantity: "Quantity",
  less: "One less",
  more: "One more",
  add: "Add to cart",
  adding: "Adding…",
  added: "Added to the cart.",
  seeCart: "See the cart",
  soldOut: "Sold out",
  badQuantity: "Please choose a quantity from 1 to 99.",
  offline: "No connection. Check your network and try again.",
  serverError: "Something went wrong. Please try again in a few minutes.",
};

export function addText(locale: Locale): AddText {
  return locale === "vi" ? vi : en;
}
