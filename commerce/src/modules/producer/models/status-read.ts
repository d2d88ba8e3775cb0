import { model } from "@medusajs/framework/utils"

/**
 * Every time an operator reads households' poverty status (one household, or all of them for
 * the impact report): who, when, which, and the reason they gave. Written before the status
 * is handed out, so no read goes unrecorded.
 */
export const StatusRead = model
  .define("status_read", {
    id: model.id({ prefix: "sread" }).primaryKey(),
    user_id: model.text(),
    user_email: model.text().nullable(),
    purpose: model.enum(["household", "impact_report"]),
    producer_id: model.text().nullable(),
    producer_handle: model.text().nullable(),
    reason: model.text(),
  })
  .indexes([{ on: ["producer_id"] }, { on: ["created_at"] }])
