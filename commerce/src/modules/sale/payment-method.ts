export const PAYMENT_METHODS = ["cod", "vietqr", "stripe"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

const PROVIDER_IDS: Record<PaymentMethod, string> = {
  cod: "pp_cod_cod",
  vietqr: "pp_vietqr_vietqr",
  stripe: "pp_stripe_stripe",
}

export function providerIdOf(method: PaymentMethod): string {
  return PROVIDER_IDS[method]
}

/** "pp_vietqr_vietqr" → "vietqr"; any other provider keeps its id. */
export function paymentMethodOf(providerId: string | undefined | null): string {
  const found = PAYMENT_METHODS.find((method) => PROVIDER_IDS[method] === providerId)
  return found ?? providerId ?? "unknown"
}
