import type { PhotoVariant } from "@/modules/photo/photo-result"

/** A destination photo as the cover and gallery columns keep it. */
export type DestinationPhoto = {
  id: string
  width: number
  height: number
  placeholder: string
  variants: PhotoVariant[]
  /** File Module keys of the variants, so a removed photo's files can be found. */
  file_ids: string[]
}

export type DestinationGallery = { items: DestinationPhoto[] }

export const MAX_GALLERY_PHOTOS = 12

/** The photo's id is the random stem its files were stored under (`photos/<stem>-<width>.<ext>`). */
export function photoIdFromFiles(fileIds: string[]): string {
  const first = fileIds[0] ?? ""
  const match = /([0-9a-f]{32})-\d+\.[a-z]+$/.exec(first)
  if (!match) throw new Error(`Unexpected stored photo name ${first}`)
  return match[1]
}

/** Reads the gallery column, whatever an older row holds. */
export function galleryItems(gallery: unknown): DestinationPhoto[] {
  const items = (gallery as { items?: unknown } | null)?.items
  return Array.isArray(items) ? (items as DestinationPhoto[]) : []
}

/** Adds a photo at the end; null when the gallery is full. */
export function addToGallery(gallery: unknown, photo: DestinationPhoto): DestinationGallery | null {
  const items = galleryItems(gallery)
  if (items.length >= MAX_GALLERY_PHOTOS) return null
  return { items: [...items, photo] }
}

/** The gallery without one photo; null when it was not there. */
export function removeFromGallery(gallery: unknown, photoId: string): DestinationGallery | null {
  const items = galleryItems(gallery)
  const kept = items.filter((item) => item.id !== photoId)
  return kept.length === items.length ? null : { items: kept }
}
