export type GuardedRequest = {
  /** The path as it arrived, still percent-encoded. */
  path: string
  query: Record<string, unknown>
  body: unknown
}

const DATE_FILTERS = new Set(["created_at", "updated_at", "deleted_at"])
const PAGING = new Set(["limit", "offset"])

function leaves(value: unknown): unknown[] {
  if (value === null || typeof value !== "object") return [value]
  return Object.values(value as Record<string, unknown>).flatMap(leaves)
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (value === null || typeof value !== "object") return false
  return Object.entries(value as Record<string, unknown>).some(([key, v]) => key.includes("\u0000") || hasNul(v))
}

/**
 * What is wrong with a request before any route sees it, in words a buyer or seller can read,
 * or null. These are inputs that otherwise reach PostgreSQL or Express's decoder and come
 * back as an opaque 500: a path that is not valid percent-encoding, a NUL character (which
 * PostgreSQL text cannot hold), a negative or non-numeric page size, a date filter that is
 * not a date, and dotted query keys (Medusa reads them as paths into relations).
 */
export function requestProblem(request: GuardedRequest): string | null {
  try {
    decodeURIComponent(request.path)
  } catch {
    return "Địa chỉ trang không hợp lệ."
  }
  if (/%00/i.test(request.path) || hasNul(request.query) || hasNul(request.body)) {
    return "Dữ liệu gửi lên có ký tự không hợp lệ."
  }
  for (const [key, value] of Object.entries(request.query)) {
    if (key.includes(".")) return `Tham số "${key}" không hợp lệ.`
    if (PAGING.has(key) && !(typeof value === "string" && /^\d{1,9}$/.test(value))) {
      return "Số trang hoặc số dòng phải là số nguyên không âm."
    }
    if (DATE_FILTERS.has(key) && leaves(value).some((leaf) => typeof leaf !== "string" || Number.isNaN(Date.parse(leaf)))) {
      return `Ngày trong "${key}" không hợp lệ, ví dụ 2026-11-28.`
    }
  }
  return null
}
