import type { VariantFormat } from "./process-photo"

export type PhotoVariant = { format: VariantFormat; width: number; height: number; url: string; bytes: number }
export type PhotoOwner = { type: "product"; id: string }

/** What the upload workflow returns and the seller API sends back: enough for `<picture>`/`srcset`. */
export type PhotoResult = {
  id: string
  owner: PhotoOwner
  width: number
  height: number
  placeholder: string
  variants: PhotoVariant[]
}

type StoredPhoto = {
  id: string
  owner_type: "product"
  owner_id: string
  width: number
  height: number
  placeholder: string
  variants: Record<string, unknown> | null
}

/**
 * The json column holds `{ items: PhotoVariant[] }`: Medusa's json property is an object,
 * and a named field leaves room to add e.g. a dominant colour beside it.
 */
export function variantsColumn(variants: PhotoVariant[]): Record<string, unknown> {
  return { items: variants }
}

export function toPhotoResult(photo: StoredPhoto): PhotoResult {
  const items = photo.variants?.items
  return {
    id: photo.id,
    owner: { type: photo.owner_type, id: photo.owner_id },
    width: photo.width,
    height: photo.height,
    placeholder: photo.placeholder,
    variants: Array.isArray(items) ? (items as PhotoVariant[]) : [],
  }
}
