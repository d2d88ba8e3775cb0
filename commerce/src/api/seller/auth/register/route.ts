import { randomBytes } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productHandle } from "@/workflows/seller/seller-product-input"
import { registerSellerWorkflow } from "@/workflows/seller/register-seller"
import { answerConflict } from "@/api/conflict-answer"
import { issueSellerToken } from "../sign-in-seller"
import type { SellerRegisterType } from "../validators"

/**
 * A household signs up; it can list at once, and goes public after an operator verifies it.
 * A phone that already has an account is a 409 saying so (see SECURITY.md, known limits).
 */
export async function POST(req: MedusaRequest<SellerRegisterType>, res: MedusaResponse) {
  const body = req.validatedBody
  const suffix = randomBytes(2).toString("hex")
  const input = {
    phone: body.phone,
    password: body.password,
    name: body.name,
    household_name: body.household_name,
    household_handle: productHandle(body.household_name, suffix),
    area: productHandle(body.area_name, "moi").replace(/-moi$/, ""),
    area_name: body.area_name,
  }
  try {
    const { result } = await registerSellerWorkflow(req.scope).run({ input })
    res.status(201).json({
      token: issueSellerToken(req.scope, result.account),
      seller: { id: result.account.id, name: result.account.name, phone: result.account.phone },
      household: { handle: result.producer.handle, name: result.producer.name, verification_status: result.producer.verification_status },
    })
  } catch (error) {
    if (!answerConflict(error, res)) throw error
  }
}
