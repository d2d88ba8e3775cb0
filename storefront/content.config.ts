import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { glob } from "astro/loaders";

const text = (field: string) =>
  z.string().trim().refine((value) => value.length > 0, { message: `${field} must not be empty` });

/** Destination pages shipped with the product; tourism staff edit them later in the admin. */
const destinations = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/destinations" }),
  schema: z.object({
    title: text("title (Vietnamese)"),
    title_en: text("title_en (English)"),
    area: text("area").refine((value) => /^[a-z0-9-]+$/u.test(value), {
      message: "area must be a handle such as trung-khanh (lowercase, no diacritics)",
    }),
    coordinates: z.object({
      lat: z.number().refine((lat) => lat >= 20 && lat <= 24, {
        message: "coordinates.lat must lie in northern Vietnam (20–24°N)",
      }),
      lng: z.number().refine((lng) => lng >= 102 && lng <= 110, {
        message: "coordinates.lng must lie in northern Vietnam (102–110°E)",
      }),
      approximate: z.boolean().default(false),
    }),
    best_season: text("best_season"),
    summary: text("summary (Vietnamese)").refine((value) => value.length <= 300, {
      message: "summary should fit a card: 300 characters at most",
    }),
    summary_en: text("summary_en (English)").refine((value) => value.length <= 300, {
      message: "summary_en should fit a card: 300 characters at most",
    }),
  }),
});

export const collections = { destinations };
