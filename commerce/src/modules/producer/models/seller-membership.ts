import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"
import { SellerAccount } from "./seller-account"

export const MEMBERSHIP_ROLES = ["owner", "helper"] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

/** The households a seller account may act for, and in which role. */
export const SellerMembership = model
  .define("seller_membership", {
    id: model.id({ prefix: "smb" }).primaryKey(),
    role: model.enum([...MEMBERSHIP_ROLES]),
    seller: model.belongsTo(() => SellerAccount, { mappedBy: "memberships" }),
    producer: model.belongsTo(() => Producer, { mappedBy: "memberships" }),
  })
  .indexes([{ on: ["seller_id", "producer_id"], unique: true }, { on: ["producer_id"] }])
