import type { Locale } from "@storefront/lib/locale.ts";

const vi = {
  title: "Huỷ đặt chỗ",
  number: "Số đơn hàng",
  phone: "Số điện thoại đã dùng khi đặt",
  submit: "Huỷ đặt chỗ này",
  confirm: "Huỷ đơn {number}? Chỗ sẽ được trả lại cho người khác.",
  working: "Đang huỷ…",
  done: "Đã huỷ đơn {number}. Chỗ đã được trả lại.",
  offline: "Không có mạng. Hãy kiểm tra mạng rồi thử lại.",
  serverError: "Có lỗi, hãy thử lại sau ít phút.",
};

export type CancelText = typeof vi;

const en: CancelText = {
  title: "Cancel a booking",
  number: "Order number",
  phone: "Phone number used to book",
  submit: "Cancel this booking",
  confirm: "Cancel order {number}? The places will go back to others.",
  working: "Cancelling…",
  done: "Order {number} is cancelled. The places are free again.",
  offline: "No connection. Check your network and try again.",
  serverError: "Something went wrong. Please try again in a few minutes.",
};

export function cancelText(locale: Locale): CancelText {
  return locale === "vi" ? vi : en;
}
