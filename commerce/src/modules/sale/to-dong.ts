import { MathBN } from "@medusajs/framework/utils"

/** Medusa returns amounts as numbers or BigNumber values; đồng are whole numbers. */
export function toDong(value: unknown): number {
  if (value === null || value === undefined) return 0
  return Math.round(MathBN.convert(value as number).toNumber())
}
