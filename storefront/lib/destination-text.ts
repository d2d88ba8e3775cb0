import type { Locale } from "./locale.ts";

// Words of the destination pages (kept apart from i18n.ts, which other pages share).
const vi = {
  indexTitle: "Điểm đến Cao Bằng",
  indexIntro: "Thác nước, hang động, làng đá và làng nghề. Mỗi nơi có hàng và chỗ nghỉ của bà con quanh đó.",
  none: "Chưa có điểm đến nào.",
  howToGetThere: "Đường đi",
  map: "Xem trên bản đồ",
  mapApproximate: "(vị trí gần đúng)",
  photos: "Ảnh",
  experiencesHere: "Trải nghiệm ở đây",
  productsHere: "Hàng của bà con quanh đây",
  share: "Chia sẻ",
  shareZalo: "Gửi qua Zalo",
  shareFacebook: "Chia sẻ lên Facebook",
  allDestinations: "Tất cả điểm đến",
};

const en: typeof vi = {
  indexTitle: "Places to visit in Cao Bằng",
  indexIntro: "Waterfalls, caves, stone villages and craft villages, each with the goods and homestays of the households nearby.",
  none: "No places yet.",
  howToGetThere: "Getting there",
  map: "See on the map",
  mapApproximate: "(approximate location)",
  photos: "Photos",
  experiencesHere: "Experiences here",
  productsHere: "Goods from households nearby",
  share: "Share",
  shareZalo: "Share on Zalo",
  shareFacebook: "Share on Facebook",
  allDestinations: "All places",
};

export function destinationText(locale: Locale): typeof vi {
  return locale === "vi" ? vi : en;
}
