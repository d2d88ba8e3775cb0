import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { paymentMethodOf } from "@/modules/sale/payment-method"

const LABELS: Record<string, { label_vi: string; label_en: string }> = {
  cod: { label_vi: "Trả tiền mặt khi nhận hàng", label_en: "Cash on delivery" },
  vietqr: { label_vi: "Chuyển khoản VietQR", label_en: "Bank transfer (VietQR)" },
  stripe: { label_vi: "Thẻ ngân hàng quốc tế", label_en: "International card" },
}

/** The ways to pay the region offers, cash first: most buyers pay on delivery. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [region] = await req.scope.resolve(Modules.REGION).listRegions(
    { currency_code: "vnd" },
    { relations: ["payment_providers"] }
  )
  const offered = new Set((region?.payment_providers ?? []).map((provider) => paymentMethodOf(provider.id)))
  const methods = (["cod", "vietqr", "stripe"] as const)
    .filter((method) => offered.has(method))
    .map((method) => ({
      id: method,
      ...LABELS[method],
      ...(method === "stripe" ? { publishable_key: process.env.STRIPE_PUBLISHABLE_KEY ?? null } : {}),
    }))
  res.json({ methods })
}
