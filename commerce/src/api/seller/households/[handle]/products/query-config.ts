/** What the seller page shows of its own products: its editing form and stock, no more. */
export const SELLER_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.weight",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]
