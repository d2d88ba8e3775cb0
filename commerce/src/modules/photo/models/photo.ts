import { model } from "@medusajs/framework/utils"

export const PHOTO_OWNER_TYPES = ["product"] as const

/**
 * The stored variants of one uploaded photo. The upload itself is never kept; `file_ids`
 * are the File Module keys of the variants, so deleting a photo can delete its files.
 * `owner_type`/`owner_id` point at what the photo illustrates (a product for now).
 */
export const Photo = model
  .define("photo", {
    id: model.id({ prefix: "pho" }).primaryKey(),
    owner_type: model.enum([...PHOTO_OWNER_TYPES]),
    owner_id: model.text(),
    width: model.number(),
    height: model.number(),
    placeholder: model.text(),
    variants: model.json(),
    file_ids: model.json(),
  })
  .indexes([{ on: ["owner_type", "owner_id"] }])
