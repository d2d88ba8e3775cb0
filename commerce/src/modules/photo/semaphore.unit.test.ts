import { setTimeout as sleep } from "node:timers/promises"
import { describe, expect, it } from "vitest"
import { Semaphore } from "./semaphore"

describe("Semaphore", () => {
  it("never runs more than its limit at once and runs every task", async () => {
    const semaphore = new Semaphore(2)
    let running = 0
    let peak = 0
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        semaphore.run(async () => {
          running += 1
          peak = Math.max(peak, running)
          await sleep(5)
          running -= 1
          return i
        })
      )
    )
    expect(peak).toBe(2)
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it("frees its slot when a task fails", async () => {
    const semaphore = new Semaphore(1)
    await expect(semaphore.run(() => Promise.reject(new Error("hỏng")))).rejects.toThrow("hỏng")
    await expect(semaphore.run(async () => "ok")).resolves.toBe("ok")
  })
})
