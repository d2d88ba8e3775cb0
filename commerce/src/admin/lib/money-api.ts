/**
 * The operator's calls for money: VietQR transfers waiting to be confirmed, and what the
 * market owes each household. Same-origin fetch with the admin session cookie, like
 * producers-api.ts; the server's Vietnamese message is what an error shows.
 */
import { callAdmin } from "./admin-fetch"

export type PendingTransfer = {
  number: string
  amount: number
  reference: string | null
  created_at: string
  pay_before: string
  households: string[]
}

export type HouseholdBalance = {
  producer_id: string
  handle: string
  name: string
  earned: number
  paid_out: number
  owed: number
}

export function listPendingTransfers() {
  return callAdmin<{ transfers: PendingTransfer[] }>("/admin/vietqr/pending")
}

export function confirmTransfer(number: string, amount: number) {
  return callAdmin<{ confirmed: { number: string; total: number } }>("/admin/vietqr/confirm", {
    method: "POST",
    body: JSON.stringify({ number, amount }),
  })
}

export function cancelOverdueTransfers() {
  return callAdmin<{ cancelled: string[] }>("/admin/vietqr/cancel-overdue", { method: "POST", body: "{}" })
}

export function listBalances() {
  return callAdmin<{ households: HouseholdBalance[] }>("/admin/payouts")
}

export function recordPayout(producer_id: string, amount: number, reference: string) {
  return callAdmin<{ payout: { id: string; amount: number }; owed: number }>("/admin/payouts", {
    method: "POST",
    body: JSON.stringify({ producer_id, amount, reference }),
  })
}
