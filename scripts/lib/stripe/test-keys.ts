import { randomBytes } from "node:crypto"

/** What Medusa (commerce/src/lib/env.ts) and the tests need to take cards through stripe-mock. */
export type StripeSettings = {
  apiKey: string
  webhookSecret: string
  /** stripe-mock's address; unset means Stripe itself. */
  apiBase?: string
  publishableKey?: string
}

/**
 * Fresh keys for one run against stripe-mock. stripe-mock accepts any key shaped
 * `sk_test_<word>` (no further underscores); the webhook secret is random so a test can
 * only sign an event if it was handed this run's secret.
 */
export function stripeTestSettings(apiBase: string): StripeSettings {
  const word = () => randomBytes(12).toString("hex")
  return {
    apiKey: `sk_test_${word()}`,
    publishableKey: `pk_test_${word()}`,
    webhookSecret: `whsec_${randomBytes(24).toString("hex")}`,
    apiBase,
  }
}

/** The STRIPE_* variables for Medusa's environment and the test runner's. */
export function stripeEnvironment(settings: StripeSettings): Record<string, string> {
  const env: Record<string, string> = {
    STRIPE_API_KEY: settings.apiKey,
    STRIPE_WEBHOOK_SECRET: settings.webhookSecret,
  }
  if (settings.apiBase) env.STRIPE_API_BASE = settings.apiBase
  if (settings.publishableKey) env.STRIPE_PUBLISHABLE_KEY = settings.publishableKey
  return env
}
