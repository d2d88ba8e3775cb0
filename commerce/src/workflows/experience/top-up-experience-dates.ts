import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { missingDates } from "@/lib/experience/capacity"
import { dateRange, vietnamToday } from "@/lib/experience/dates"
import { bookingDateOf } from "@/lib/experience/kind"
import { experienceSettings } from "@/lib/experience/settings"
import { listExperienceProducts, type ExperienceProduct } from "./experience-products"

/** The product option whose values are the dates; each variant is one value. */
export const DATE_OPTION = "Ngày"

/** The SKU of one date of an experience; its stock item carries the same SKU. */
export function dateSku(handle: string, date: string): string {
  return `${handle}-${date}`.toUpperCase()
}

/** One bookable date as a variant: its own stock item, priced per guest (or per night). */
export function dateVariantInput(handle: string, date: string, price: number) {
  return {
    title: date,
    sku: dateSku(handle, date),
    manage_inventory: true,
    allow_backorder: false,
    metadata: { date },
    options: { [DATE_OPTION]: date },
    prices: [{ currency_code: "vnd", amount: price }],
  }
}

/**
 * Makes every experience bookable from today to the end of the horizon: a variant per date
 * missing (priced from `metadata.price_vnd`), and a stock level of `metadata.capacity_per_date`
 * at the sales channel's warehouse for every date item not stocked yet. Safe to run again:
 * it only adds what is missing, so a run that stopped half-way is completed by the next.
 * Returns how many dates were added.
 */
export async function topUpExperienceDates(
  container: MedusaContainer,
  options: { now?: Date; handles?: string[] } = {}
): Promise<number> {
  const { horizonDays } = experienceSettings()
  const horizon = dateRange(vietnamToday(options.now ?? new Date()), horizonDays)
  const products = await listExperienceProducts(container, options.handles)
  let added = 0
  for (const product of products) {
    added += await addDates(container, product, horizon)
    await stockDates(container, product)
  }
  return added
}

async function addDates(container: MedusaContainer, product: ExperienceProduct, horizon: string[]): Promise<number> {
  const price = Number(product.metadata?.price_vnd)
  if (!Number.isInteger(price) || price <= 0) return 0
  const dates = missingDates(horizon, product.variants.map((v) => bookingDateOf(v.metadata)).filter((d): d is string => Boolean(d)))
  if (!dates.length) return 0
  // A variant names its date as a value of the product's "Ngày" option, so the value comes first.
  const option = product.options.find((o) => o.title === DATE_OPTION)
  if (!option) return 0
  const values = new Set((option.values ?? []).map((v) => v.value))
  const newValues = dates.filter((date) => !values.has(date))
  if (newValues.length) {
    // Creates the values and allows them on this product (Medusa 2.21 keeps a per-product subset).
    await setProductProductOptionsWorkflow(container).run({
      input: { product_id: product.id, update: [{ product_option_id: option.id, add: newValues.map((value) => ({ value })) }] },
    })
  }
  await createProductVariantsWorkflow(container).run({
    input: { product_variants: dates.map((date) => ({ product_id: product.id, ...dateVariantInput(product.handle, date, price) })) },
  })
  return dates.length
}

/** Stock levels of `metadata.capacity_per_date` for every date item not stocked yet. */
export async function stockDates(container: MedusaContainer, product: ExperienceProduct): Promise<void> {
  const capacity = Number(product.metadata?.capacity_per_date)
  if (!Number.isInteger(capacity) || capacity < 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["variants.inventory_items.inventory_item_id", "sales_channels.stock_locations.id"],
    filters: { id: product.id },
  })
  const row = data[0] as unknown as {
    variants: Array<{ inventory_items?: Array<{ inventory_item_id: string }> | null }>
    sales_channels?: Array<{ stock_locations?: Array<{ id: string }> | null } | null> | null
  }
  const locationId = row.sales_channels?.flatMap((channel) => channel?.stock_locations ?? [])[0]?.id
  const itemIds = row.variants.flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))
  if (!locationId || !itemIds.length) return
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: itemIds, location_id: locationId }, { select: ["inventory_item_id"], take: null })
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const unstocked = itemIds.filter((id) => !stocked.has(id))
  if (!unstocked.length) return
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: unstocked.map((id) => ({ inventory_item_id: id, location_id: locationId, stocked_quantity: capacity })),
    },
  })
}
