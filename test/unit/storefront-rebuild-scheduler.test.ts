import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createRebuildScheduler } from "#scripts/lib/storefront/rebuild-scheduler.ts"

/** A build that takes `ms` of fake time and can be made to fail. */
function fakeBuilds(ms: number) {
  const log = { started: 0, running: 0, maxRunning: 0, failNext: false }
  const build = async () => {
    log.started++
    log.running++
    log.maxRunning = Math.max(log.maxRunning, log.running)
    await new Promise((resolve) => setTimeout(resolve, ms))
    log.running--
    if (log.failNext) {
      log.failNext = false
      throw new Error("astro build failed")
    }
  }
  return { log, build }
}

describe("storefront rebuild scheduler", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("builds once after a burst of changes has been quiet for 2 s", async () => {
    const { log, build } = fakeBuilds(5_000)
    const scheduler = createRebuildScheduler({ build })
    for (let i = 0; i < 5; i++) {
      scheduler.changed()
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(log.started).toBe(0)
    await vi.advanceTimersByTimeAsync(1_600)
    expect(log.started).toBe(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(log.started).toBe(1)
  })

  it("builds at the latest 10 s after the first change, however steady the trickle", async () => {
    const { log, build } = fakeBuilds(1_000)
    const scheduler = createRebuildScheduler({ build })
    for (let i = 0; i < 12; i++) {
      scheduler.changed()
      await vi.advanceTimersByTimeAsync(1_000)
    }
    expect(log.started).toBe(1)
    scheduler.stop()
  })

  it("never overlaps builds and runs exactly one more for changes made during a build", async () => {
    const { log, build } = fakeBuilds(5_000)
    const built: number[] = []
    const scheduler = createRebuildScheduler({ build, onBuilt: (r) => r.ok && built.push(r.sinceChangeMs) })
    scheduler.changed()
    await vi.advanceTimersByTimeAsync(2_500)
    expect(log.running).toBe(1)
    for (let i = 0; i < 4; i++) {
      scheduler.changed()
      await vi.advanceTimersByTimeAsync(500)
    }
    await vi.advanceTimersByTimeAsync(30_000)
    expect(log.started).toBe(2)
    expect(log.maxRunning).toBe(1)
    expect(built).toHaveLength(2)
    await scheduler.idle()
  })

  it("keeps the change pending after a failed build and tries again later", async () => {
    const { log, build } = fakeBuilds(1_000)
    const failures: number[] = []
    const scheduler = createRebuildScheduler({ build, retryMs: 30_000, onBuilt: (r) => !r.ok && failures.push(r.retryInMs) })
    log.failNext = true
    scheduler.changed()
    await vi.advanceTimersByTimeAsync(3_100)
    expect(failures).toEqual([30_000])
    expect(log.started).toBe(1)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(log.started).toBe(2)
    await vi.advanceTimersByTimeAsync(1_000)
    await scheduler.idle()
  })

  it("starts nothing once stopped", async () => {
    const { log, build } = fakeBuilds(1_000)
    const scheduler = createRebuildScheduler({ build })
    scheduler.changed()
    scheduler.stop()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(log.started).toBe(0)
    await scheduler.idle()
  })
})
