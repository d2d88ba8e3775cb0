import type { Locale } from "@storefront/lib/locale.ts";

// The words of the experience page and its booking island, kept apart so the island stays light.
const vi = {
  chooseDate: "Chọn ngày",
  loading: "Đang tải lịch còn chỗ…",
  loadFailed: "Chưa tải được lịch. Hãy kiểm tra mạng rồi tải lại trang.",
  weekdays: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
  left: "còn {n}",
  full: "hết",
  closed: "đóng",
  /** Read by screen readers for each date: "Thứ Bảy 5/12, còn 8 chỗ". */
  dayLabel: "{weekday} {day}/{month}, còn {n} chỗ",
  dayLabelFull: "{weekday} {day}/{month}, hết chỗ",
  dayLabelClosed: "{weekday} {day}/{month}, không nhận đặt",
  weekdayNames: ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
  chosen: "Ngày {date}: còn {n} chỗ.",
  pickFirst: "Hãy chọn một ngày còn chỗ.",
  guests: "Số khách",
  less: "Bớt 1 khách",
  more: "Thêm 1 khách",
  book: "Đặt chỗ",
  booking: "Đang đặt…",
  booked: "Đã giữ chỗ trong giỏ. Chỗ chỉ chắc chắn khi bạn đặt hàng.",
  checkout: "Đặt và trả tiền",
  tooMany: "Ngày này chỉ còn {n} chỗ.",
  offline: "Không có mạng. Hãy kiểm tra mạng rồi thử lại.",
  serverError: "Có lỗi, hãy thử lại sau ít phút.",
};

export type BookingText = typeof vi;

const en: BookingText = {
  chooseDate: "Choose a date",
  loading: "Loading the dates with places…",
  loadFailed: "The calendar did not load. Check your connection and reload the page.",
  weekdays: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
  left: "{n} left",
  full: "full",
  closed: "closed",
  dayLabel: "{weekday} {day}/{month}, {n} places left",
  dayLabelFull: "{weekday} {day}/{month}, full",
  dayLabelClosed: "{weekday} {day}/{month}, not taking bookings",
  weekdayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  chosen: "{date}: {n} places left.",
  pickFirst: "Please choose a date with places left.",
  guests: "Guests",
  less: "One guest less",
  more: "One guest more",
  book: "Book",
  booking: "Booking…",
  booked: "Your places are in the cart. They are yours once you place the order.",
  checkout: "Book and pay",
  tooMany: "Only {n} places are left on this date.",
  offline: "No connection. Check your network and try again.",
  serverError: "Something went wrong. Please try again in a few minutes.",
};

export function bookingText(locale: Locale): BookingText {
  return locale === "vi" ? vi : en;
}

/** Fills {name} slots. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}
