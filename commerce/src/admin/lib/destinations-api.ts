/**
 * The destination editor's calls. Tourism staff may call these and nothing else of the
 * admin API (see lib/tourism-staff/staff-access.ts), so products come from
 * /admin/destinations/linkable-products, never /admin/products.
 */
import { callAdmin } from "./admin-fetch"

export type DestinationStatus = "draft" | "published"

export type DestinationPhoto = {
  id: string
  width: number
  height: number
  variants: { format: string; width: number; url: string }[]
}

export type DestinationListItem = {
  id: string
  slug: string
  title: string
  area: string
  status: DestinationStatus
  published_at: string | null
  author: string | null
  updated_at: string
  cover: DestinationPhoto | null
}

export type DestinationFields = {
  slug: string
  title: string
  title_en: string
  summary: string
  summary_en: string
  body: string
  body_en: string | null
  how_to_get_there: string | null
  how_to_get_there_en: string | null
  area: string
  latitude: number
  longitude: number
  coordinates_approximate: boolean
  best_season: string | null
}

export type LinkedProduct = { id: string; title: string; handle: string; status: string; metadata?: Record<string, unknown> | null }

export type AdminDestination = DestinationFields & {
  id: string
  status: DestinationStatus
  published_at: string | null
  author: string | null
  cover: DestinationPhoto | null
  gallery: { items?: DestinationPhoto[] } | null
  products?: LinkedProduct[]
}

export type LinkableProduct = { id: string; title: string; handle: string; status: string; kind: "product" | "experience" }

const BASE = "/admin/destinations"
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`

export function listDestinations(q: string) {
  const params = new URLSearchParams({ limit: "100" })
  if (q.trim()) params.set("q", q.trim())
  return callAdmin<{ destinations: DestinationListItem[]; count: number }>(`${BASE}?${params}`)
}

export function getDestination(id: string) {
  return callAdmin<{ destination: AdminDestination }>(one(id))
}

export function createDestination(fields: DestinationFields) {
  return callAdmin<{ destination: AdminDestination }>(BASE, { method: "POST", body: JSON.stringify(fields) })
}

export function updateDestination(id: string, fields: Partial<DestinationFields>) {
  return callAdmin<{ destination: AdminDestination }>(one(id), { method: "POST", body: JSON.stringify(fields) })
}

export function setPublished(id: string, published: boolean) {
  return callAdmin<{ destination: AdminDestination }>(`${one(id)}/${published ? "publish" : "unpublish"}`, {
    method: "POST",
    body: "{}",
  })
}

export function deleteDestination(id: string) {
  return callAdmin<{ deleted: boolean }>(one(id), { method: "DELETE" })
}

export function linkProducts(id: string, add: string[], remove: string[]) {
  return callAdmin<{ added: string[]; removed: string[] }>(`${one(id)}/products`, {
    method: "POST",
    body: JSON.stringify({ add, remove }),
  })
}

export function findLinkableProducts(q: string) {
  const params = new URLSearchParams({ limit: "20" })
  if (q.trim()) params.set("q", q.trim())
  return callAdmin<{ products: LinkableProduct[] }>(`${BASE}/linkable-products?${params}`)
}

export function previewMarkdown(markdown: string) {
  return callAdmin<{ html: string }>(`${BASE}/preview`, { method: "POST", body: JSON.stringify({ markdown }) })
}

/** The photo goes as the raw body (as from the seller page); the server checks the bytes. */
export async function uploadPhoto(id: string, role: "cover" | "gallery", file: File) {
  const response = await fetch(`${one(id)}/photos?role=${role}`, {
    method: "POST",
    credentials: "include",
    headers: { accept: "application/json", "content-type": file.type || "application/octet-stream" },
    body: file,
  })
  const body = (await response.json().catch(() => ({}))) as { message?: string; photo?: DestinationPhoto }
  if (!response.ok) throw new Error(body.message ?? `Máy chủ trả lời ${response.status}`)
  return body.photo as DestinationPhoto
}

export function removePhoto(id: string, photoId: string) {
  return callAdmin<{ deleted: boolean }>(`${one(id)}/photos/${encodeURIComponent(photoId)}`, { method: "DELETE" })
}

export const STATUS_LABELS: Record<DestinationStatus, string> = { draft: "Bản nháp", published: "Đã đăng" }

export function smallestUrl(photo: DestinationPhoto | null | undefined, format = "jpeg"): string | null {
  const variants = (photo?.variants ?? []).filter((variant) => variant.format === format)
  return variants.sort((a, b) => a.width - b.width)[0]?.url ?? null
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
