/** What a visitor may read of a destination: everything but the editorial bookkeeping. */
export const DESTINATION_STORE_FIELDS = [
  "id",
  "slug",
  "title",
  "title_en",
  "summary",
  "summary_en",
  "body",
  "body_en",
  "area",
  "latitude",
  "longitude",
  "coordinates_approximate",
  "best_season",
  "published_at",
]
