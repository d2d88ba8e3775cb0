import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { EXPERIENCE_KIND } from "@/lib/experience/kind"
import { NO_PROVINCE_MESSAGE, quoteParcels, type QuoteItem } from "@/lib/shipping/quote-parcels"

type PriceContext = CalculateShippingOptionPriceDTO["context"]

/** The one way parcels travel: one per household, priced by the buyer's zone and the weight. */
export const STANDARD_OPTION: FulfillmentOption = { id: "standard", name: "Giao hàng tận nhà" }

/**
 * Prices a cart's delivery as the sum of one parcel per household (see quoteParcels).
 * Registered as "vn-zone-weight" under the fulfillment module's "vn" provider id.
 */
export class ZoneWeightFulfillmentService extends AbstractFulfillmentProviderService {
  static identifier = "vn-zone-weight"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [STANDARD_OPTION]
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return data
  }

  async validateOption(): Promise<boolean> {
    return true
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    _optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: PriceContext
  ): Promise<CalculatedShippingOptionPrice> {
    const provinceCode = context.shipping_address?.province?.trim()
    if (!provinceCode) {
      // Pricing as if for the nearest zone would show a buyer a fee they will not pay.
      throw new MedusaError(MedusaError.Types.INVALID_DATA, NO_PROVINCE_MESSAGE)
    }
    const { total } = quoteParcels({ provinceCode, items: quoteItemsOf(context) })
    return { calculated_amount: total, is_calculated_price_tax_inclusive: true }
  }

  /** Households hand parcels to the carrier themselves; carrier and tracking code come later. */
  async createFulfillment(data: Record<string, unknown>): Promise<CreateFulfillmentResult> {
    return { data: { ...data }, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

/** Cart lines as the parcel quote reads them; the server stamped producer_id on each line. */
export function quoteItemsOf(context: Pick<PriceContext, "items">): QuoteItem[] {
  return (context.items ?? []).map((item) => {
    const producerId = item.metadata?.producer_id
    const productId = item.product?.id ?? item.variant?.product?.id ?? item.product_id ?? item.id
    return {
      producerId: typeof producerId === "string" && producerId ? producerId : null,
      productId: String(productId),
      variantId: String(item.variant?.id ?? item.variant_id ?? item.id),
      grams: Number(item.variant?.weight) || null,
      quantity: Number(item.quantity),
      booking: item.metadata?.kind === EXPERIENCE_KIND,
    }
  })
}

export default ZoneWeightFulfillmentService
