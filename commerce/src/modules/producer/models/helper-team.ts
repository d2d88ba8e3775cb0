import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"
import { SellerAccount } from "./seller-account"

/** A commune's community digital-technology team (tổ công nghệ số cộng đồng). */
export const HelperTeam = model.define("helper_team", {
  id: model.id({ prefix: "htm" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text(),
  area: model.text(),
  producers: model.hasMany(() => Producer, { mappedBy: "helper_team" }),
  helpers: model.hasMany(() => SellerAccount, { mappedBy: "helper_team" }),
})
