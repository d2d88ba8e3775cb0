/**
 * Failed lookups per client address in a sliding window: a buyer mistyping a few times is
 * fine; walking order numbers with guessed phones is not. In-process (each server counts on
 * its own); the shared Redis limit belongs with REDIS_URL when the market scales out.
 */
export const MAX_FAILURES = 8
export const WINDOW_MS = 15 * 60_000
const MAX_CLIENTS = 10_000

const failures = new Map<string, number[]>()

function recent(client: string, now: number): number[] {
  return (failures.get(client) ?? []).filter((at) => now - at < WINDOW_MS)
}

export function isLookupBlocked(client: string, now = Date.now()): boolean {
  return recent(client, now).length >= MAX_FAILURES
}

export function recordLookupFailure(client: string, now = Date.now()): void {
  if (failures.size >= MAX_CLIENTS && !failures.has(client)) {
    const oldest = failures.keys().next().value
    if (oldest !== undefined) failures.delete(oldest)
  }
  failures.set(client, [...recent(client, now), now])
}
