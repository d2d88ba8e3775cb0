import { model } from "@medusajs/framework/utils"

export const DESTINATION_STATUSES = ["draft", "published"] as const

/**
 * A destination page written by the province's tourism staff. The body is Markdown and is
 * rendered (and sanitised) by whoever displays it; the database keeps what staff typed.
 */
export const Destination = model
  .define("destination", {
    id: model.id({ prefix: "dest" }).primaryKey(),
    slug: model.text().unique(),
    title: model.text().searchable(),
    title_en: model.text(),
    summary: model.text(),
    summary_en: model.text(),
    body: model.text(),
    body_en: model.text().nullable(),
    area: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    coordinates_approximate: model.boolean().default(true),
    best_season: model.text().nullable(),
    how_to_get_there: model.text().nullable(),
    how_to_get_there_en: model.text().nullable(),
    /** `{ id, width, height, placeholder, variants: [...] }` from the photo pipeline, or null. */
    cover: model.json().nullable(),
    /** `{ items: [photo, …] }`, same shape as the cover. */
    gallery: model.json().nullable(),
    status: model.enum([...DESTINATION_STATUSES]).default("draft"),
    published_at: model.dateTime().nullable(),
    author: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["area"] }])
