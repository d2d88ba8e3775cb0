/** What the admin list shows of each destination. */
export const ADMIN_DESTINATION_LIST_FIELDS = [
  "id",
  "slug",
  "title",
  "area",
  "status",
  "published_at",
  "author",
  "updated_at",
  "cover",
]

/** The editor reads everything it can change, and the linked products. */
export const ADMIN_DESTINATION_FIELDS = [
  "*",
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.metadata",
  "products.type.value",
]
