/**
 * The operator's calls to our admin routes. The dashboard is served by the same Medusa at
 * /app and signs in with a session cookie, so same-origin fetch with that cookie is enough.
 */
import { callAdmin } from "./admin-fetch"

export type VerificationStatus = "pending" | "verified" | "suspended"

export type AdminProducer = {
  id: string
  handle: string
  name: string
  area_name: string
  verification_status: VerificationStatus
  created_at: string
  helper_team_name: string | null
}

export type AuditAction = {
  id: string
  created_at: string
  summary: string
  actor: { name: string; phone: string; role: string }
}

export function listProducers(status: VerificationStatus | null, q: string) {
  const params = new URLSearchParams({ limit: "100" })
  if (status) params.set("verification_status", status)
  if (q.trim()) params.set("q", q.trim())
  return callAdmin<{ producers: AdminProducer[]; count: number }>(`/admin/producers?${params}`)
}

export function verifyProducer(id: string) {
  return callAdmin<{ published_product_ids: string[] }>(`/admin/producers/${encodeURIComponent(id)}/verify`, {
    method: "POST",
    body: "{}",
  })
}

export function producerAuditLog(id: string) {
  return callAdmin<{ actions: AuditAction[]; count: number }>(
    `/admin/producers/${encodeURIComponent(id)}/audit-log?limit=50`
  )
}

export const STATUS_LABELS: Record<VerificationStatus, string> = {
  pending: "Chờ duyệt",
  verified: "Đã duyệt",
  suspended: "Tạm khóa",
}

export const ROLE_LABELS: Record<string, string> = { owner: "Chủ hộ", helper: "Người hỗ trợ" }

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" })
}
