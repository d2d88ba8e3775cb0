/**
 * Reading one household's poverty status (always with a reason, always logged) and the log
 * of those reads. The status is sensitive: it is shown on request, never in a list.
 */
import { callAdmin } from "./admin-fetch"

export type HouseholdStatusRead = {
  producer: { id: string; handle: string; name: string }
  household_status: string | null
  read_id: string
}

export type StatusReadEntry = {
  id: string
  user_email: string | null
  purpose: "household" | "impact_report"
  producer_handle: string | null
  reason: string
  created_at: string
}

export function readHouseholdStatus(producerId: string, reason: string) {
  return callAdmin<HouseholdStatusRead>(`/admin/producers/${encodeURIComponent(producerId)}/status-read`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  })
}

export function listStatusReads(offset: number, limit = 50) {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset) })
  return callAdmin<{ status_reads: StatusReadEntry[]; count: number }>(`/admin/status-reads?${params}`)
}

const STATUS_WORDS: Record<string, string> = {
  poor: "Hộ nghèo",
  near_poor: "Hộ cận nghèo",
  recently_escaped: "Mới thoát nghèo",
  none: "Không thuộc diện",
}

/** The status as the operator says it; a value we do not know is shown as stored, not hidden. */
export function statusWords(status: string | null): string {
  if (status === null || status === "") return "Chưa ghi mức sống"
  return STATUS_WORDS[status] ?? status
}

export const PURPOSE_WORDS: Record<StatusReadEntry["purpose"], string> = {
  household: "Xem một hộ",
  impact_report: "Báo cáo tác động",
}
