import { model } from "@medusajs/framework/utils"

/**
 * One household's part of a purchase: the lines it packs, the parcel it ships, and what it
 * is owed for them. Household names are copied at checkout so the record reads right later.
 * One row per (order, household): completing a cart twice can never split it twice.
 */
export const HouseholdParcel = model
  .define("household_parcel", {
    id: model.id({ prefix: "hpar" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number(),
    producer_id: model.text(),
    producer_handle: model.text(),
    producer_name: model.text(),
    /** new → packed → shipped → delivered; cancelled when the order is. */
    status: model.enum(["new", "packed", "shipped", "delivered", "cancelled"]).default("new"),
    /** cod | vietqr | stripe */
    payment_method: model.text(),
    /** The household's own part is paid: COD on delivery, transfer or card for the whole order. */
    paid: model.boolean().default(false),
    province_code: model.text(),
    zone: model.text(),
    weight_grams: model.number(),
    /** [{ line_item_id, product_id, variant_id, title, variant_title, quantity, unit_price, total }] */
    items: model.json(),
    items_total: model.number(),
    shipping_total: model.number(),
    fee: model.number().default(0),
    payout_amount: model.number(),
    carrier: model.text().nullable(),
    tracking_code: model.text().nullable(),
    packed_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id", "producer_id"], unique: true },
    { on: ["producer_id"] },
    { on: ["order_display_id"] },
  ])
