import type { ExperienceUnit } from "@storefront/lib/data/experiences.ts";
import type { Locale } from "@storefront/lib/locale.ts";

// Built into the static page only (the island has its own words in booking-text.ts).
const vi = {
  category: "Trải nghiệm văn hóa",
  per: { night: "/ khách / đêm", session: "/ khách / buổi", guest: "/ khách" } satisfies Record<ExperienceUnit, string>,
  capacity: "Nhận tối đa {n} khách mỗi ngày.",
  note: "Lưu ý",
  rules: "Đặt trước ít nhất {cutoff} ngày. Huỷ được đến {cancel} ngày trước ngày đến (ở mục “Huỷ đặt chỗ” bên dưới).",
  host: "Hộ đón khách",
  destination: "Xem điểm đến gần đó",
  about: "Về trải nghiệm này",
};

const en: typeof vi = {
  category: "Cultural experience",
  per: { night: "per guest per night", session: "per guest per session", guest: "per guest" },
  capacity: "Up to {n} guests a day.",
  note: "Note (in Vietnamese)",
  rules: "Book at least {cutoff} days ahead. You can cancel up to {cancel} days before your date (under “Cancel a booking” below).",
  host: "Your hosts",
  destination: "See the place nearby",
  about: "About this experience",
};

export function experienceWords(locale: Locale): typeof vi {
  return locale === "vi" ? vi : en;
}
