import { writeFileSync, mkdirSync } from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  deleteShippingOptionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Chợ Phiên"
export const REGION_NAME = "Việt Nam"
export const STOCK_LOCATION_NAME = "Kho Cao Bằng"
export const PUBLISHABLE_KEY_TITLE = "Chợ Phiên storefront"
export const FULFILLMENT_SET_NAME = "Giao hàng từ Cao Bằng"
export const SHIPPING_OPTION_NAME = "Giao hàng tận nhà"
/** `<identifier>_<id>`: the service in src/modules/shipping-vn, registered with id "vn". */
export const SHIPPING_PROVIDER_ID = "vn-zone-weight_vn"
const MANUAL_PROVIDER_ID = "manual_manual"

export type StoreSetup = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
}

/** Store, region, channel, key, warehouse and its shipping option; each made once. */
export async function seedStoreSetup(container: MedusaContainer, dataDir: string): Promise<StoreSetup> {
  const salesChannelId = await ensureSalesChannel(container)
  await ensureStoreDefaults(container, salesChannelId)
  const regionId = await ensureRegion(container)
  await ensurePublishableKey(container, salesChannelId, dataDir)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  await ensureShippingOption(container, stockLocationId, shippingProfileId)
  return { salesChannelId, regionId, stockLocationId, shippingProfileId }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến" }] },
  })
  return result[0].id
}

async function ensureStoreDefaults(container: MedusaContainer, salesChannelId: string) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ Phiên",
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        supported_locales: [{ locale_code: "vi-VN" }, { locale_code: "en-US" }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

/** Every payment provider this server has registered (Stripe only when a key is set). */
async function enabledPaymentProviders(container: MedusaContainer): Promise<string[]> {
  const providers = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  return providers.map((provider) => provider.id).filter((id) => id !== "pp_system_default")
}

async function ensureRegion(container: MedusaContainer): Promise<string> {
  const paymentProviders = await enabledPaymentProviders(container)
  const [existing] = await container.resolve(Modules.REGION).listRegions({ name: REGION_NAME })
  if (existing) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: existing.id }, update: { payment_providers: paymentProviders } },
    })
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: paymentProviders,
          automatic_taxes: true,
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  return result[0].id
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string, dataDir: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { type: "publishable", title: PUBLISHABLE_KEY_TITLE },
  })
  let key = data[0] as { id: string; token: string } | undefined
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(path.join(dataDir, "publishable-key"), key.token)
}

async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const service = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await service.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (existing) {
    await ensureLocationProviders(container, existing.id)
    return existing.id
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STOCK_LOCATION_NAME,
          address: { address_1: "Phường Thục Phán", city: "Cao Bằng", country_code: "vn" },
        },
      ],
    },
  })
  const location = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  await ensureLocationProviders(container, location.id)
  return location.id
}

/** The warehouse ships through these providers; a database seeded before gains the new one. */
async function ensureLocationProviders(container: MedusaContainer, stockLocationId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: stockLocationId },
  })
  const linked = new Set((data[0]?.fulfillment_providers ?? []).map((provider) => provider?.id))
  const missing = [MANUAL_PROVIDER_ID, SHIPPING_PROVIDER_ID].filter((id) => !linked.has(id))
  if (missing.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(
      missing.map((id) => ({
        [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: id },
      }))
    )
  }
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const service = container.resolve(Modules.FULFILLMENT)
  const [existing] = await service.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Hàng thường", type: "default" }] },
  })
  return result[0].id
}

/**
 * The store's one shipping option, priced by the zone-and-weight provider per household
 * parcel. A database seeded before it existed loses its flat "Giao hàng tiêu chuẩn" option.
 */
async function ensureShippingOption(
  container: MedusaContainer,
  stockLocationId: string,
  shippingProfileId: string
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const serviceZoneId = await ensureServiceZone(container, stockLocationId)
  const options = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId } })
  const isCurrent = (option: (typeof options)[number]) =>
    option.name === SHIPPING_OPTION_NAME && option.provider_id === SHIPPING_PROVIDER_ID && option.price_type === "calculated"
  if (!options.some(isCurrent)) {
    const [standardType] = await fulfillment.listShippingOptionTypes({ code: "standard" })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: SHIPPING_OPTION_NAME,
          price_type: "calculated",
          provider_id: SHIPPING_PROVIDER_ID,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          data: { id: "standard" },
          ...(standardType
            ? { type_id: standardType.id }
            : { type: { label: "Tiêu chuẩn", description: "Mỗi hộ gửi một gói; phí theo vùng và cân nặng", code: "standard" } }),
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }
  const outdated = options.filter((option) => !isCurrent(option)).map((option) => option.id)
  if (outdated.length) {
    await deleteShippingOptionsWorkflow(container).run({ input: { ids: outdated } })
  }
}

/** "Giao hàng từ Cao Bằng" to the whole of Việt Nam, from the warehouse; made once. */
async function ensureServiceZone(container: MedusaContainer, stockLocationId: string): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  if (existing?.service_zones?.length) {
    return existing.service_zones[0].id
  }
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
    type: "shipping",
    service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  return fulfillmentSet.service_zones[0].id
}
