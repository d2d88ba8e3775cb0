import type { Locale } from "./locale.ts";

// Vietnamese is written for readers with little schooling: short, everyday words.
const vi = {
  siteName: "Chợ Phiên",
  tagline: "Đặc sản Cao Bằng, mua thẳng từ người làm ra",
  switchTo: "English",
  skipToContent: "Bỏ qua, đến nội dung",
  featured: "Hàng nổi bật",
  categories: "Danh mục",
  destinations: "Điểm đến Cao Bằng",
  seeMore: "Xem thêm",
  from: "Từ",
  inStock: "Còn hàng",
  outOfStock: "Hết hàng",
  seller: "Người bán",
  area: "Vùng",
  ethnicity: "Dân tộc",
  season: "Mùa vụ",
  ocop: (stars: number) => `OCOP ${stars} sao`,
  choices: "Chọn loại",
  aboutProduct: "Về sản phẩm",
  story: "Câu chuyện",
  productsBy: "Hàng của người bán này",
  productsIn: (count: number) => `${count} sản phẩm`,
  verified: "Đã xác minh",
  bestSeason: "Mùa đẹp nhất",
  home: "Trang chủ",
  noProducts: "Chưa có hàng.",
  notFoundTitle: "Không tìm thấy trang này",
  notFoundText: "Có thể địa chỉ bị gõ sai, hoặc hàng đã bán hết.",
  backHome: "Về trang chủ",
  footer: "Chợ Phiên – chợ mạng của bà con Cao Bằng",
  readInVietnamese: "Bài đầy đủ bằng tiếng Việt:",
};

const en: typeof vi = {
  siteName: "Chợ Phiên",
  tagline: "Cao Bằng specialties, bought straight from the people who make them",
  switchTo: "Tiếng Việt",
  skipToContent: "Skip to content",
  featured: "Featured",
  categories: "Categories",
  destinations: "Places to visit in Cao Bằng",
  seeMore: "See more",
  from: "From",
  inStock: "In stock",
  outOfStock: "Sold out",
  seller: "Seller",
  area: "Area",
  ethnicity: "Ethnic group",
  season: "Season",
  ocop: (stars: number) => `OCOP ${stars} stars`,
  choices: "Options",
  aboutProduct: "About this product",
  story: "Their story",
  productsBy: "Products from this seller",
  productsIn: (count: number) => `${count} ${count === 1 ? "product" : "products"}`,
  verified: "Verified",
  bestSeason: "Best time to go",
  home: "Home",
  noProducts: "Nothing for sale yet.",
  notFoundTitle: "Page not found",
  notFoundText: "The address may be mistyped, or the item has sold out.",
  backHome: "Back to the home page",
  footer: "Chợ Phiên – the online market of Cao Bằng's households",
  readInVietnamese: "The full page is in Vietnamese:",
};

export type Messages = typeof vi;

export function messages(locale: Locale): Messages {
  return locale === "vi" ? vi : en;
}
