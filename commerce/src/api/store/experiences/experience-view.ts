import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { placesLeft } from "@/lib/experience/capacity"
import { dateRange, firstBookableDate, isBookable, isBookingDate, vietnamToday } from "@/lib/experience/dates"
import { bookingDateOf } from "@/lib/experience/kind"
import { cutoffDaysOf, experienceSettings } from "@/lib/experience/settings"
import { listExperienceProducts, type ExperienceProduct } from "@/workflows/experience/experience-products"

export type DateAvailability = { date: string; variant_id: string | null; left: number; bookable: boolean }

/** The published experience with this handle, or a Vietnamese 404. */
export async function findExperience(scope: MedusaContainer, handle: string): Promise<ExperienceProduct> {
  const [product] = await listExperienceProducts(scope, [handle])
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = product
    ? await query.graph({ entity: "product", fields: ["status"], filters: { id: product.id } })
    : { data: [] }
  if (!product || (data[0] as { status?: string } | undefined)?.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy trải nghiệm "${handle}".`)
  }
  return product
}

/**
 * Places left per date, from `from` for `days` days: what the warehouse holds for the date
 * minus what orders have reserved. Past the cut-off (or with no variant yet) a date shows 0.
 */
export async function availability(
  scope: MedusaContainer,
  product: ExperienceProduct,
  range: { from?: string; days: number },
  now = new Date()
): Promise<{ first_bookable: string; dates: DateAvailability[] }> {
  const today = vietnamToday(now)
  if (range.from !== undefined && !isBookingDate(range.from)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Ngày bắt đầu không hợp lệ: ${range.from}`)
  }
  const from = range.from && range.from > today ? range.from : today
  const cutoff = cutoffDaysOf(product.metadata, experienceSettings().cutoffDays)
  const variantOf = new Map(product.variants.map((v) => [bookingDateOf(v.metadata), v.id]))
  const wanted = dateRange(from, range.days)
  const variantIds = wanted.map((date) => variantOf.get(date)).filter((id): id is string => Boolean(id))
  const levels = await levelsOf(scope, variantIds)
  const dates = wanted.map((date) => {
    const variantId = variantOf.get(date) ?? null
    const bookable = Boolean(variantId) && isBookable(date, today, cutoff)
    const level = (variantId && levels.get(variantId)) || { stocked: 0, reserved: 0 }
    return { date, variant_id: variantId, left: placesLeft(level, bookable), bookable }
  })
  return { first_bookable: firstBookableDate(today, cutoff), dates }
}

/** Stocked and reserved per variant, summed over the locations of its stock item. */
async function levelsOf(scope: MedusaContainer, variantIds: string[]) {
  const result = new Map<string, { stocked: number; reserved: number }>()
  if (!variantIds.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const itemOf = new Map<string, string>()
  for (const row of data as Array<{ id: string; inventory_items?: Array<{ inventory_item_id: string }> | null }>) {
    const item = row.inventory_items?.[0]?.inventory_item_id
    if (item) itemOf.set(item, row.id)
  }
  const levels = await scope
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: [...itemOf.keys()] }, { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"], take: null })
  for (const level of levels) {
    const variantId = itemOf.get(level.inventory_item_id) as string
    const sum = result.get(variantId) ?? { stocked: 0, reserved: 0 }
    sum.stocked += Number(level.stocked_quantity)
    sum.reserved += Number(level.reserved_quantity)
    result.set(variantId, sum)
  }
  return result
}
