import { defineConfig, Modules } from "@medusajs/framework/utils"
import path from "node:path"
import { loadEnv } from "./src/lib/env"

const env = loadEnv()

/**
 * With REDIS_URL every piece of shared state moves to Redis, so several servers and a worker
 * can run: events a server emits reach the worker's subscribers, workflow steps that wait
 * (retries, timeouts, scheduled jobs) resume on the worker, and a lock taken on one server
 * holds on all of them. The Caching Module joins only when Medusa's caching feature is on
 * (MEDUSA_FF_CACHING, still work in progress in 2.21): off, nothing reads it, and its
 * invalidation would still handle every event in every process.
 */
const redisModules = env.REDIS_URL
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.REDIS_URL } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
      ...(env.MEDUSA_FF_CACHING
        ? [
            {
              key: Modules.CACHING,
              resolve: "@medusajs/medusa/caching",
              options: {
                providers: [
                  {
                    resolve: "@medusajs/medusa/caching-redis",
                    id: "caching-redis",
                    is_default: true,
                    options: { redisUrl: env.REDIS_URL },
                  },
                ],
              },
            },
          ]
        : []),
    ]
  : []

/**
 * Search: the embedded Vietnamese-aware PostgreSQL provider always, so indexes of a previous
 * engine can still be dropped on a switch; Meilisearch joins and becomes the default when
 * MEILI_URL is set. Its key stays on the server, and the store route answers from the index.
 */
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    default_provider: env.MEILI_URL ? "meilisearch" : "search-vietnamese",
    providers: [
      { resolve: "./src/modules/search-vietnamese", id: "vi" },
      ...(env.MEILI_URL
        ? [
            {
              resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
              id: "meilisearch",
              options: { config: { host: env.MEILI_URL, apiKey: env.MEILI_API_KEY } },
            },
          ]
        : []),
    ],
  },
}

/**
 * Photos on local disk (commerce/static, served by Medusa at /static) by default; the
 * provider's own default URL assumes port 9000, so it follows MEDUSA_PORT instead.
 */
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { backend_url: `http://localhost:${env.MEDUSA_PORT}/static` },
      },
    ],
  },
}

/**
 * Payments: cash on delivery and VietQR transfer always; cards through Stripe only when a key
 * is configured (stripe-mock's address in tests via STRIPE_API_BASE). Cards are authorised
 * only; the order's split captures them once the order exists, so a checkout that fails
 * (out of stock) leaves a hold that is cancelled, never a charge without an order.
 */
const paymentModule = {
  key: Modules.PAYMENT,
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      { resolve: "./src/modules/payment-cod", id: "cod" },
      {
        resolve: "./src/modules/payment-vietqr",
        id: "vietqr",
        options: {
          bankBin: env.VIETQR_BANK_BIN,
          bankName: env.VIETQR_BANK_NAME,
          accountNumber: env.VIETQR_ACCOUNT_NUMBER,
          accountName: env.VIETQR_ACCOUNT_NAME,
        },
      },
      ...(env.STRIPE_API_KEY
        ? [
            {
              resolve: "./src/modules/payment-stripe-vn",
              id: "stripe",
              options: {
                apiKey: env.STRIPE_API_KEY,
                webhookSecret: env.STRIPE_WEBHOOK_SECRET,
                apiBase: env.STRIPE_API_BASE,
                capture: false,
              },
            },
          ]
        : []),
    ],
  },
}

/** Parcels are priced per household by zone and weight; "manual" stays for the seed's first option. */
const fulfillmentModule = {
  key: Modules.FULFILLMENT,
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "./src/modules/shipping-vn", id: "vn" },
    ],
  },
}

/** Messages go to an outbox file by default; an SMS or Zalo provider plugs in here. */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "./src/modules/notification-outbox",
        id: "outbox",
        options: { channels: ["sms", "email"], file: path.join(env.CHO_PHIEN_DATA_DIR, "outbox.jsonl") },
      },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseDriverOptions: { ssl: false },
    redisUrl: env.REDIS_URL,
    // "server" instances answer requests, one "worker" runs jobs and subscribers (docs/deploy.md).
    workerMode: env.MEDUSA_WORKER_MODE,
    cookieOptions: { secure: env.COOKIE_SECURE, sameSite: "lax", httpOnly: true },
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    // A worker serves no HTTP routes, so building or serving the dashboard there is waste.
    disable: env.MEDUSA_ADMIN_DISABLED || env.MEDUSA_WORKER_MODE === "worker",
    path: "/app",
  },
  featureFlags: {
    translation: true,
    caching: env.MEDUSA_FF_CACHING,
  },
  modules: [
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/destination" },
    { resolve: "./src/modules/photo" },
    { resolve: "./src/modules/sale" },
    { resolve: "@medusajs/medusa/translation" },
    searchModule,
    fileModule,
    paymentModule,
    fulfillmentModule,
    notificationModule,
    ...redisModules,
  ],
})
