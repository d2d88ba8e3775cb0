/**
 * Payment intents whose success or authorisation arrived in a Stripe-signed webhook event,
 * remembered briefly in this process. The webhook subscriber verifies the event and then,
 * in the same process and within seconds, runs the workflow that authorises the session;
 * this is how the second step learns what the first one proved.
 */
export type VerifiedIntent = {
  /** "succeeded" (money taken) or "requires_capture" (authorised, to be captured). */
  status: "succeeded" | "requires_capture"
  /** In Stripe's smallest unit: for VND the number of đồng. */
  amount: number
  intent: Record<string, unknown>
  rememberedAt: number
}

export class VerifiedIntents {
  private readonly entries = new Map<string, VerifiedIntent>()
  private readonly ttlMs: number
  private readonly capacity: number
  private readonly now: () => number

  constructor(ttlMs = 15 * 60_000, capacity = 10_000, now: () => number = Date.now) {
    this.ttlMs = ttlMs
    this.capacity = capacity
    this.now = now
  }

  remember(id: string, entry: Omit<VerifiedIntent, "rememberedAt">): void {
    this.entries.delete(id)
    this.entries.set(id, { ...entry, rememberedAt: this.now() })
    // Map keeps insertion order, so the first key is always the oldest.
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
    }
  }

  get(id: string | undefined): VerifiedIntent | undefined {
    if (!id) return undefined
    const entry = this.entries.get(id)
    if (!entry) return undefined
    if (this.now() - entry.rememberedAt > this.ttlMs) {
      this.entries.delete(id)
      return undefined
    }
    return entry
  }
}
