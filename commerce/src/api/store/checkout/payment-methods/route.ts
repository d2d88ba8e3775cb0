import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadEnv } from "@/lib/env"
import { paymentMethodOf } from "@/modules/sale/payment-method"

const LABELS: Record<string, { label_vi: string; label_en: string }> = {
  cod: { label_vi: "Trả tiền mặt khi nhận hàng", label_en: "Cash on delivery" },
  vietqr: { label_vi: "Chuyển khoản VietQR", label_en: "Bank transfer (VietQR)" },
  stripe: { label_vi: "Thẻ ngân hàng quốc tế", label_en: "International card" },
}

/** The ways to pay the region offers, cash first: most buyers pay on delivery. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // The region's providers are a link, not a relation of the region module: read them through query.
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id", "payment_providers.is_enabled"],
    filters: { currency_code: "vnd" },
  })
  const providers = (data[0] as { payment_providers?: Array<{ id: string; is_enabled: boolean } | null> } | undefined)?.payment_providers ?? []
  const offered = new Set(providers.filter((p) => p?.is_enabled).map((p) => paymentMethodOf(p!.id)))
  const methods = (["cod", "vietqr", "stripe"] as const)
    .filter((method) => offered.has(method))
    .map((method) => ({
      id: method,
      ...LABELS[method],
      ...(method === "stripe" ? { publishable_key: loadEnv().STRIPE_PUBLISHABLE_KEY ?? null } : {}),
    }))
  res.json({ methods })
}
