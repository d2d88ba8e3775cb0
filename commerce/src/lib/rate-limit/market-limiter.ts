import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadEnv } from "@/lib/env"
import { Limiter } from "./limiter"
import { marketLimits, type MarketLimits } from "./limits"
import { MemoryCounterStore } from "./memory-store"
import { RedisCounterStore } from "./redis-store"

let shared: { limiter: Limiter; limits: MarketLimits } | undefined

/**
 * The process's one limiter: counts in Redis when REDIS_URL is set, so every server of a
 * scaled-out market shares them; in this process's memory otherwise.
 */
export function marketLimiter(scope: MedusaContainer): { limiter: Limiter; limits: MarketLimits } {
  if (!shared) {
    const env = loadEnv()
    const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
    shared = {
      limiter: new Limiter({
        store: env.REDIS_URL ? new RedisCounterStore(env.REDIS_URL) : new MemoryCounterStore(),
        warn: (message) => logger.warn(message),
      }),
      limits: marketLimits(env),
    }
  }
  return shared
}
