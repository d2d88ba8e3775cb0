import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { PhotoResult } from "@/modules/photo/photo-result"
import { uploadPhotoWorkflow } from "@/workflows/photo/upload-photo"
import { recordSellerActionStep } from "./steps/record-seller-action"
import { resolveSellerHouseholdStep } from "./steps/resolve-seller-household"
import { resolveSellerProductStep } from "./steps/resolve-seller-product"

export type AddSellerProductPhotoWorkflowInput = {
  seller_id: string
  household_handle: string
  product_id: string
  /** The photo as the phone sent it; checked and re-encoded by the photo pipeline. */
  bytes: Buffer
}

/** The storefront card is 640 px wide at most on a phone; WebP first, JPEG for old browsers. */
export function thumbnailUrl(photo: PhotoResult): string | null {
  const at640 = photo.variants.filter((v) => v.width <= 640).sort((a, b) => b.width - a.width)
  const pick = at640.find((v) => v.format === "webp") ?? at640.find((v) => v.format === "jpeg") ?? photo.variants[0]
  return pick?.url ?? null
}

/** The largest JPEG: every client can show it, and it is what a product gallery links to. */
export function imageUrl(photo: PhotoResult): string | null {
  const jpegs = photo.variants.filter((v) => v.format === "jpeg").sort((a, b) => b.width - a.width)
  return (jpegs[0] ?? photo.variants[0])?.url ?? null
}

/**
 * What the storefront needs to draw the photo as `<picture>` with every width and format and
 * its placeholder (the thumbnail alone is one size). Public: URLs and sizes only.
 */
export function storefrontPhoto(photo: PhotoResult) {
  return {
    width: photo.width,
    height: photo.height,
    placeholder: photo.placeholder,
    variants: photo.variants.map(({ format, width, height, url }) => ({ format, width, height, url })),
  }
}

/**
 * A household (or its helper) gives its own product a photo: ownership is checked before any
 * byte is processed or stored, the photo becomes the thumbnail, and the write is recorded.
 */
export const addSellerProductPhotoWorkflow = createWorkflow(
  "add-seller-product-photo",
  (input: AddSellerProductPhotoWorkflowInput) => {
    const household = resolveSellerHouseholdStep({ seller_id: input.seller_id, household_handle: input.household_handle })
    const product = resolveSellerProductStep(
      transform({ input, household }, ({ input, household }) => ({
        producer_id: household.producer.id,
        product_id: input.product_id,
      }))
    )
    const photo = uploadPhotoWorkflow.runAsStep({
      input: transform({ input, product }, ({ input, product }) => ({
        bytes: input.bytes,
        owner: { type: "product" as const, id: product.id },
      })),
    })
    // A product's metadata is replaced, not merged, on update: keep what is already there.
    const { data: current } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "metadata"],
      filters: { id: product.id },
    }).config({ name: "read-product-metadata" })
    updateProductsWorkflow.runAsStep({
      input: transform({ photo, product, current }, ({ photo, product, current }) => {
        const image = imageUrl(photo)
        const metadata = { ...(current[0]?.metadata ?? {}), photo: storefrontPhoto(photo) }
        return {
          selector: { id: product.id },
          update: { thumbnail: thumbnailUrl(photo), images: image ? [{ url: image }] : [], metadata },
        }
      }),
    })
    recordSellerActionStep({
      household,
      action: "product.update",
      entity_type: "product",
      entity_id: product.id,
      entity_title: product.title,
    })
    return new WorkflowResponse(photo)
  }
)
