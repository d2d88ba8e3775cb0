import type { Locale } from "@storefront/lib/locale.ts";

// Short, everyday words: the reader may have little schooling and one bar of signal.
const vi = {
  notice: "Mất mạng. Bạn đang xem trang đã lưu.",
  noticePlain: "Mất mạng.",
  pageTitle: "Chưa lưu trang này",
  pageText: "Trang này chưa được lưu trên máy. Khi có mạng, hãy mở lại.",
  savedHint: "Các trang bạn đã mở khi có mạng vẫn xem được, và giỏ hàng vẫn còn.",
  backHome: "Về trang chủ",
  toCart: "Xem giỏ hàng",
};

const en: typeof vi = {
  notice: "No connection. You are seeing a saved page.",
  noticePlain: "No connection.",
  pageTitle: "This page is not saved",
  pageText: "This page is not saved on this phone. Open it again when you are online.",
  savedHint: "Pages you opened while online still open, and your cart is still here.",
  backHome: "Go to the home page",
  toCart: "See your cart",
};

export type OfflineText = typeof vi;

export function offlineText(locale: Locale): OfflineText {
  return locale === "vi" ? vi : en;
}
