import type { Locale } from "./locale.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Households write the season in Vietnamese ("Tháng 8 - tháng 10", "Quanh năm", "Vụ xuân:
 * tháng 3 - tháng 4"). English pages get the same months in English; a wording this does not
 * recognise is shown as written, marked Vietnamese, rather than guessed.
 */
export function seasonText(season: string, locale: Locale): { text: string; lang: "vi" | "en" } {
  if (locale === "vi") return { text: season, lang: "vi" };
  const normalised = season.normalize("NFC").trim().toLowerCase();
  if (normalised === "quanh năm") return { text: "All year", lang: "en" };
  const range = /^(vụ xuân:\s*)?tháng (\d{1,2})\s*[-–]\s*tháng (\d{1,2})$/u.exec(normalised);
  const from = MONTHS[Number(range?.[2]) - 1];
  const to = MONTHS[Number(range?.[3]) - 1];
  if (!range || !from || !to) return { text: season, lang: "vi" };
  return { text: `${range[1] ? "Spring crop: " : ""}${from} to ${to}`, lang: "en" };
}
