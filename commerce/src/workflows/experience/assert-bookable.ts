import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addDays, isBookable, vietnamToday, vietnameseDate } from "@/lib/experience/dates"
import { bookingDateOf, isExperience } from "@/lib/experience/kind"
import { cutoffDaysOf, experienceSettings } from "@/lib/experience/settings"

type VariantRow = {
  id: string
  metadata: Record<string, unknown> | null
  product?: { title: string; metadata: Record<string, unknown> | null } | null
}

/**
 * Refuses a booking for a date past its cut-off (by default today and tomorrow: the household
 * needs time to get ready). Goods pass untouched. Used when a line is added or changed and
 * again when the cart is completed, since a cart can wait in a browser for days.
 */
export async function assertBookable(container: MedusaContainer, variantIds: string[], now = new Date()): Promise<void> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.title", "product.metadata"],
    filters: { id: ids },
  })
  const today = vietnamToday(now)
  const { cutoffDays } = experienceSettings()
  for (const variant of data as unknown as VariantRow[]) {
    if (!isExperience(variant.product?.metadata)) continue
    const date = bookingDateOf(variant.metadata)
    const cutoff = cutoffDaysOf(variant.product?.metadata, cutoffDays)
    if (!date || !isBookable(date, today, cutoff)) {
      const first = vietnameseDate(addDays(today, cutoff))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Không đặt được "${variant.product?.title}" cho ngày ${date ? vietnameseDate(date) : "này"}: đã quá hạn đặt. Hãy chọn ngày từ ${first} trở đi.`
      )
    }
  }
}
