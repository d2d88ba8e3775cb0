import { model } from "@medusajs/framework/utils"

/**
 * The payout ledger. An `earning` is written once per parcel when its money is collected
 * (unique per parcel); a `payout` when the operator records paying the household. What a
 * household is owed is the sum of its earnings minus the sum of its payouts.
 */
export const PayoutEntry = model
  .define("payout_entry", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    producer_id: model.text(),
    kind: model.enum(["earning", "payout"]),
    amount: model.number(),
    parcel_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    /** For a payout: the bank reference or how it was paid. */
    reference: model.text().nullable(),
    recorded_by: model.text().nullable(),
  })
  .indexes([
    { on: ["producer_id"] },
    { on: ["parcel_id", "kind"], unique: true, where: "parcel_id IS NOT NULL" },
  ])
