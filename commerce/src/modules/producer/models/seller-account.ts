import { model } from "@medusajs/framework/utils"
import { HelperTeam } from "./helper-team"
import { SellerMembership } from "./seller-membership"

export const SELLER_ACCOUNT_STATUSES = ["active", "disabled"] as const

/**
 * A person who signs in to sell: a household member or a community helper. `phone` is
 * the normalised national number (0912345678). `session_version` is carried in every
 * token; raising it (password change, disabling) makes every older token fail at once.
 */
export const SellerAccount = model
  .define("seller_account", {
    id: model.id({ prefix: "slr" }).primaryKey(),
    phone: model.text().unique(),
    name: model.text(),
    status: model.enum([...SELLER_ACCOUNT_STATUSES]).default("active"),
    session_version: model.number().default(1),
    auth_identity_id: model.text().nullable(),
    helper_team: model.belongsTo(() => HelperTeam, { mappedBy: "helpers" }).nullable(),
    memberships: model.hasMany(() => SellerMembership, { mappedBy: "seller" }),
  })
  .cascades({ delete: ["memberships"] })
