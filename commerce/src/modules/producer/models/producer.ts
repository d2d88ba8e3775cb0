import { model } from "@medusajs/framework/utils"
import { HelperTeam } from "./helper-team"
import { SellerMembership } from "./seller-membership"

export const VERIFICATION_STATUSES = ["pending", "verified", "suspended"] as const
export const HOUSEHOLD_STATUSES = ["poor", "near_poor", "recently_escaped", "none"] as const

/**
 * A household that sells. `household_status` and `phone` are private; ethnicity and
 * the story become public only while `public_profile_consent` is true (PDPL, 2026).
 */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdcr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    area: model.text(),
    area_name: model.text(),
    ethnicity: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    public_profile_consent: model.boolean().default(false),
    consent_updated_at: model.dateTime().nullable(),
    verification_status: model.enum([...VERIFICATION_STATUSES]).default("pending"),
    household_status: model.enum([...HOUSEHOLD_STATUSES]).nullable(),
    phone: model.text().nullable(),
    helper_team: model.belongsTo(() => HelperTeam, { mappedBy: "producers" }).nullable(),
    memberships: model.hasMany(() => SellerMembership, { mappedBy: "producer" }),
  })
  .cascades({ delete: ["memberships"] })
  .indexes([{ on: ["area"] }, { on: ["verification_status"] }])
