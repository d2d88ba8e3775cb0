import { ALL_CHANGED, type CatalogChanges, mergeChanges } from "./catalog-changes.ts"

/**
 * When to rebuild the storefront after catalog changes: once the changes have been quiet for
 * `quietMs`, or at the latest `maxWaitMs` after the first one, so a seller saving ten edits
 * in a row costs one build and a steady trickle of orders cannot postpone a build forever.
 * Builds never overlap; changes during a build schedule exactly one more after it. Each build
 * is handed everything that changed since the one before (merged), so it may build only that.
 */
export type SchedulerOptions = {
  build: (changes: CatalogChanges) => Promise<unknown>
  quietMs?: number
  maxWaitMs?: number
  /** A failed build is tried again after this long (doubling up to 5 min) unless a change comes first. */
  retryMs?: number
  /** Called after each build; `sinceChangeMs` runs from the first change that build covers. */
  onBuilt?: (result: { ok: true; sinceChangeMs: number; buildMs: number } | { ok: false; error: unknown; retryInMs: number }) => void
}

export type RebuildScheduler = {
  /** Records a catalog change now; without a list of products, everything counts as changed. */
  changed: (change?: CatalogChanges) => void
  /** Resolves once no build is running or waiting (for tests and shutdown). */
  idle: () => Promise<void>
  stop: () => void
}

const MAX_RETRY_MS = 5 * 60_000

export function createRebuildScheduler(options: SchedulerOptions): RebuildScheduler {
  const quietMs = options.quietMs ?? 2_000
  const maxWaitMs = options.maxWaitMs ?? 10_000
  const baseRetryMs = options.retryMs ?? 30_000
  let retryMs = baseRetryMs
  let firstChangeAt: number | undefined
  let pending: CatalogChanges | undefined
  let lastChangeAt = 0
  let timer: NodeJS.Timeout | undefined
  let building: Promise<void> | undefined
  let stopped = false
  let waiters: (() => void)[] = []

  const arm = (delayMs?: number) => {
    clearTimeout(timer)
    timer = undefined
    if (stopped || building || firstChangeAt === undefined) return
    const due = Math.min(lastChangeAt + quietMs, firstChangeAt + maxWaitMs)
    timer = setTimeout(run, delayMs ?? Math.max(0, due - Date.now()))
  }

  const settle = () => {
    if (building || timer || firstChangeAt !== undefined) return
    for (const resolve of waiters) resolve()
    waiters = []
  }

  const run = () => {
    timer = undefined
    const since = firstChangeAt ?? Date.now()
    const changes = pending ?? ALL_CHANGED
    firstChangeAt = undefined
    pending = undefined
    const started = Date.now()
    building = options.build(changes).then(
      () => {
        retryMs = baseRetryMs
        options.onBuilt?.({ ok: true, sinceChangeMs: Date.now() - since, buildMs: Date.now() - started })
      },
      (error: unknown) => {
        if (stopped) return
        options.onBuilt?.({ ok: false, error, retryInMs: retryMs })
        // The change is still unbuilt: keep it pending, but wait before trying again.
        firstChangeAt ??= since
        pending = mergeChanges(pending, changes)
        lastChangeAt = Date.now()
        building = undefined
        arm(retryMs)
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS)
      },
    )
    void building.finally(() => {
      building = undefined
      if (!timer) arm()
      settle()
    })
  }

  return {
    changed(change = ALL_CHANGED) {
      if (stopped) return
      pending = mergeChanges(pending, change)
      lastChangeAt = Date.now()
      firstChangeAt ??= lastChangeAt
      arm()
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
    stop() {
      stopped = true
      clearTimeout(timer)
      timer = undefined
      firstChangeAt = undefined
      pending = undefined
      settle()
    },
  }
}
