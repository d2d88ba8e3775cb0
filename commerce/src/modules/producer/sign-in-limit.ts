/**
 * Failed sign-ins are counted per (phone, address) pair, not per phone: a stranger who
 * guesses at a household's number from their own address locks only that pair, and the
 * owner signing in from another address is never shut out. A second, looser count per
 * address stops one address from trying many phone numbers.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
export const MAX_FAILURES_PER_PHONE_AND_IP = 5
export const MAX_FAILURES_PER_IP = 30

export const TOO_MANY_SIGN_INS_MESSAGE =
  "Bạn đã nhập sai quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại, hoặc nhờ tổ công nghệ số giúp."

export type FailureCounts = { phone_and_ip: number; ip: number }

/** True once either count has reached its limit within the window. */
export function isSignInBlocked(counts: FailureCounts): boolean {
  return counts.phone_and_ip >= MAX_FAILURES_PER_PHONE_AND_IP || counts.ip >= MAX_FAILURES_PER_IP
}
