import pg from "pg"
import { say } from "../progress.ts"
import { type CatalogChanges, parseCatalogChange } from "./catalog-changes.ts"
import { createRebuildScheduler, type RebuildScheduler } from "./rebuild-scheduler.ts"

/** Must match CATALOG_CHANGED_CHANNEL in commerce/src/subscribers/storefront-rebuild.ts. */
export const CATALOG_CHANGED_CHANNEL = "cho_phien_catalog_changed"

export type RebuildWatcherOptions = {
  databaseUrl: string
  /**
   * Builds the storefront and swaps it in; must leave the previous site in place when it
   * fails. `changes` is what changed since the last build (buildStorefront takes it as is).
   */
  rebuild: (changes: CatalogChanges) => Promise<unknown>
  quietMs?: number
  maxWaitMs?: number
}

export type RebuildWatcher = { stop: () => Promise<void>; idle: () => Promise<void> }

const RECONNECT_MAX_MS = 30_000

/**
 * Rebuilds the static storefront whenever Medusa's storefront-rebuild subscriber signals a
 * catalog change on the shared database. LISTEN/NOTIFY reaches a watcher on any machine
 * connected to that database, so scaling Medusa out changes nothing here. Notifications
 * sent while the connection was down are lost, so every reconnect counts as a change.
 * `STOREFRONT_REBUILD=off` turns it off (the freshness test must then fail).
 */
export async function startRebuildWatcher(options: RebuildWatcherOptions): Promise<RebuildWatcher | undefined> {
  if (process.env.STOREFRONT_REBUILD === "off") {
    say("The storefront will not follow catalog changes (STOREFRONT_REBUILD=off).")
    return undefined
  }
  const scheduler = createRebuildScheduler({
    build: options.rebuild,
    quietMs: options.quietMs,
    maxWaitMs: options.maxWaitMs,
    onBuilt: (result) => {
      if (result.ok) {
        const total = (result.sinceChangeMs / 1000).toFixed(1)
        say(`Storefront updated in ${total} s (after a catalog change; the build took ${(result.buildMs / 1000).toFixed(1)} s)`)
      } else {
        const message = result.error instanceof Error ? result.error.message : String(result.error)
        say(`The storefront could not be rebuilt after a catalog change, so the previous one is still served.`)
        say(`  Trying again in ${Math.round(result.retryInMs / 1000)} s or at the next change. The build said:\n${message}`)
      }
    },
  })
  const listener = await listen(options.databaseUrl, scheduler)
  return {
    idle: () => scheduler.idle(),
    stop: async () => {
      scheduler.stop()
      await listener.stop()
    },
  }
}

type Listener = { stop: () => Promise<void> }

/** Keeps one LISTEN connection open, reconnecting with backoff when PostgreSQL drops it. */
async function listen(databaseUrl: string, scheduler: RebuildScheduler): Promise<Listener> {
  let client: pg.Client | undefined
  let stopped = false
  let retryTimer: NodeJS.Timeout | undefined
  let delayMs = 1_000

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl })
    // Without an error handler a dropped connection would crash the whole orchestrator.
    next.on("error", () => void next.end().catch(() => undefined))
    next.on("end", () => {
      if (client !== next || stopped) return
      client = undefined
      say("Lost the database connection that signals catalog changes; reconnecting (then rebuilding once).")
      reconnectLater()
    })
    next.on("notification", (message) => {
      if (message.channel === CATALOG_CHANGED_CHANNEL) scheduler.changed(parseCatalogChange(message.payload))
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CATALOG_CHANGED_CHANNEL}`)
    } catch (error) {
      await next.end().catch(() => undefined)
      throw error
    }
    client = next
    delayMs = 1_000
  }

  const reconnectLater = () => {
    if (stopped) return
    retryTimer = setTimeout(() => {
      connect().then(
        () => scheduler.changed(),
        () => {
          delayMs = Math.min(delayMs * 2, RECONNECT_MAX_MS)
          reconnectLater()
        },
      )
    }, delayMs)
  }

  await connect()
  return {
    stop: async () => {
      stopped = true
      clearTimeout(retryTimer)
      await client?.end().catch(() => undefined)
    },
  }
}
