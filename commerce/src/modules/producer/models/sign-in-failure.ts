import { model } from "@medusajs/framework/utils"

/**
 * One failed seller sign-in. Kept in the database rather than in memory so the limit
 * holds across several server instances and restarts.
 */
export const SignInFailure = model
  .define("seller_sign_in_failure", {
    id: model.id({ prefix: "ssf" }).primaryKey(),
    phone: model.text(),
    ip: model.text(),
  })
  .indexes([{ on: ["phone", "ip"] }, { on: ["ip"] }])
