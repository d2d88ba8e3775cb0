import { model } from "@medusajs/framework/utils"

/**
 * Audit log of every write made through the seller API. Names are copied at the time of
 * the action (not linked), so the record still reads right after an account or product
 * is renamed or deleted.
 */
export const SellerAction = model
  .define("seller_action", {
    id: model.id({ prefix: "sact" }).primaryKey(),
    seller_id: model.text(),
    seller_name: model.text(),
    seller_phone: model.text(),
    role: model.text(),
    producer_id: model.text(),
    producer_handle: model.text(),
    producer_name: model.text(),
    action: model.text(),
    entity_type: model.text(),
    entity_id: model.text(),
    entity_title: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id"] }, { on: ["seller_id"] }])
