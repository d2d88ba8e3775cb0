import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { ZoneWeightFulfillmentService } from "./service"

type Context = Parameters<ZoneWeightFulfillmentService["calculatePrice"]>[2]

function line(id: string, producerId: string | undefined, productId: string, weight: number | null, quantity: number) {
  return {
    id,
    quantity,
    product_id: productId,
    variant_id: `variant_${id}`,
    metadata: producerId ? { producer_id: producerId } : {},
    variant: { id: `variant_${id}`, weight, product: { id: productId } },
    product: { id: productId },
  }
}

function context(province: string | undefined, items: ReturnType<typeof line>[]): Context {
  return { id: "cart_1", shipping_address: province === undefined ? null : { province }, items } as unknown as Context
}

const service = new ZoneWeightFulfillmentService()
const price = (ctx: Context) => service.calculatePrice({}, {}, ctx)

describe("ZoneWeightFulfillmentService.calculatePrice", () => {
  const twoHouseholds = [
    line("l1", "prod_a", "p1", 300, 1),
    line("l2", "prod_a", "p2", 250, 1),
    line("l3", "prod_b", "p3", 500, 1),
  ]

  it.each([
    ["CB", 18_500 + 16_000],
    ["HN", 26_000 + 22_000],
    ["DN", 35_000 + 30_000],
    ["HCM", 37_000 + 32_000],
  ])("prices two households' parcels to %s at %i ₫, tax included", async (province, amount) => {
    await expect(price(context(province, twoHouseholds))).resolves.toEqual({
      calculated_amount: amount,
      is_calculated_price_tax_inclusive: true,
    })
  })

  it("counts quantity and a missing weight as 500 g a unit", async () => {
    const result = await price(context("HN", [line("l1", "prod_a", "p1", null, 3)]))
    expect(result.calculated_amount).toBe(22_000 + 2 * 4_000)
  })

  it("sends lines without a household apart, per product", async () => {
    const items = [line("l1", undefined, "p1", 100, 1), line("l2", undefined, "p2", 100, 1)]
    expect((await price(context("HN", items))).calculated_amount).toBe(2 * 22_000)
  })

  it.each([
    ["no address", undefined],
    ["an address without a province", ""],
    ["a province that is not one of the 34", "Hà Nội"],
  ])("refuses to price with %s", async (_label, province) => {
    const attempt = price(context(province, twoHouseholds))
    await expect(attempt).rejects.toBeInstanceOf(MedusaError)
    await expect(price(context(province, twoHouseholds))).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: "Chọn tỉnh/thành để tính phí giao hàng.",
    })
  })

  it("offers one option, identified for the provider id vn-zone-weight_vn", async () => {
    expect(ZoneWeightFulfillmentService.identifier).toBe("vn-zone-weight")
    expect(await service.getFulfillmentOptions()).toEqual([{ id: "standard", name: "Giao hàng tận nhà" }])
  })
})
