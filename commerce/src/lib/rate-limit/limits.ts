import type { Limit } from "./limiter"

const MINUTE = 60_000
const HOUR = 60 * MINUTE

export type LimitSettings = {
  CHECKOUT_CARTS_PER_HOUR: number
  CHECKOUT_COMPLETIONS_PER_HOUR: number
  SELLER_REGISTRATIONS_PER_HOUR: number
}

/**
 * Every limit of the market in one table, all counted per client address (clientAddress).
 * Search may run open while Redis is away (reading the catalogue harms no one); everything
 * that guards a secret or creates rows keeps counting on each server.
 */
export function marketLimits(settings: LimitSettings) {
  return {
    /** Typing with suggestions sends a few a second; scraping the catalogue sends far more. */
    search: { name: "search", limit: 30, windowMs: 5_000, whenStoreDown: "allow" },
    /** Guesses at one household's password from one address: the owner elsewhere is never shut out. */
    signInPhoneAndAddress: { name: "sign-in-pair", limit: 5, windowMs: 15 * MINUTE, whenStoreDown: "count-locally" },
    /** One address trying many phone numbers. */
    signInAddress: { name: "sign-in-address", limit: 30, windowMs: 15 * MINUTE, whenStoreDown: "count-locally" },
    sellerRegistration: { name: "seller-registration", limit: settings.SELLER_REGISTRATIONS_PER_HOUR, windowMs: HOUR, whenStoreDown: "count-locally" },
    /**
     * Wrong order number + phone, shared by the order lookup and the booking cancellation:
     * both check the same proof, so guessing through either spends the same allowance.
     */
    buyerProofFailures: { name: "buyer-proof", limit: 8, windowMs: 15 * MINUTE, whenStoreDown: "count-locally" },
    checkoutCarts: { name: "checkout-cart", limit: settings.CHECKOUT_CARTS_PER_HOUR, windowMs: HOUR, whenStoreDown: "count-locally" },
    checkoutCompletions: { name: "checkout-complete", limit: settings.CHECKOUT_COMPLETIONS_PER_HOUR, windowMs: HOUR, whenStoreDown: "count-locally" },
  } satisfies Record<string, Limit>
}

export type MarketLimits = ReturnType<typeof marketLimits>

/** A wait as a person says it: "40 giây", "16 phút", "1 giờ 5 phút". */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} giây`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return `${minutes} phút`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest ? `${hours} giờ ${rest} phút` : `${hours} giờ`
}

const SIGN_IN = (wait: string) => `Bạn đã nhập sai quá nhiều lần. Vui lòng đợi ${wait} rồi thử lại, hoặc nhờ tổ công nghệ số giúp.`

/** What a person reads on a 429, by limit, with the wait the Retry-After header gives. */
export const TOO_MANY_MESSAGES: Record<keyof MarketLimits, (wait: string) => string> = {
  search: (wait) => `Bạn tìm kiếm quá nhanh. Vui lòng đợi ${wait} rồi tìm lại.`,
  signInPhoneAndAddress: SIGN_IN,
  signInAddress: SIGN_IN,
  sellerRegistration: (wait) => `Đã có quá nhiều lần đăng ký từ nơi này. Vui lòng đợi ${wait} rồi thử lại, hoặc nhờ tổ công nghệ số giúp.`,
  buyerProofFailures: (wait) => `Bạn đã thử quá nhiều lần. Vui lòng đợi ${wait} rồi thử lại.`,
  checkoutCarts: (wait) => `Có quá nhiều giỏ hàng được tạo từ nơi này. Vui lòng đợi ${wait} rồi thử lại.`,
  checkoutCompletions: (wait) => `Có quá nhiều lần đặt hàng từ nơi này. Vui lòng đợi ${wait} rồi thử lại.`,
}
