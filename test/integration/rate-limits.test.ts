import { call, DEMO_PASSWORD, randomLoopback, randomPhone, SEEDED, type Reply } from "../support/seller-api"

/**
 * Limits as a client meets them on the running stack, each test from addresses of its own
 * (any 127.x.y.z reaches this machine) so no other suite's counts matter. Where the allowance
 * comes from configuration, the 429's RateLimit-Policy header says how many were due, and the
 * test checks exactly that many got through.
 */

/** Sends until the first 429 (or `cap` requests); returns how many got another answer, and the 429. */
async function untilRefused(send: (i: number) => Promise<Reply>, cap: number): Promise<{ admitted: number; refused: Reply }> {
  for (let i = 0; i < cap; i++) {
    const reply = await send(i)
    if (reply.status === 429) return { admitted: i, refused: reply }
  }
  throw new Error(`no 429 after ${cap} requests`)
}

function policyLimit(reply: Reply): number {
  const policy = String(reply.headers["ratelimit-policy"] ?? "")
  const match = /^(\d+);w=(\d+)$/.exec(policy)
  if (!match) throw new Error(`429 without a RateLimit-Policy header: ${JSON.stringify(reply.headers)}`)
  return Number(match[1])
}

/**
 * As many as the allowance, give or take the sliding window: a run that happens to cross a
 * window's boundary sees the earlier count weigh a little less by the time it ends.
 */
function expectAdmittedAsAllowed(admitted: number, refused: Reply) {
  const limit = policyLimit(refused)
  expect(admitted).toBeGreaterThanOrEqual(limit)
  expect(admitted).toBeLessThanOrEqual(limit + 2)
}

function expectTooMany(reply: Reply, message: RegExp) {
  expect(reply.status).toBe(429)
  expect(reply.body.type).toBe("too_many_requests")
  expect(String(reply.body.message)).toMatch(message)
  const retryAfter = Number(reply.headers["retry-after"])
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true)
}

const signInFrom = (from: string, phone: string, password: string, headers?: Record<string, string>) =>
  call("POST", "/seller/auth/sign-in", { body: { phone, password }, from, headers })

describe("sign-in does not tell whether a phone has an account", () => {
  it("answers an unknown phone and a wrong password with the same status and body", async () => {
    const unknown = await signInFrom(randomLoopback(), randomPhone(), "sai-mat-khau")
    const wrong = await signInFrom(randomLoopback(), SEEDED.ownerB.phone, "sai-mat-khau")
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.body).toEqual(wrong.body)
    expect(wrong.body.message).toBe("Số điện thoại hoặc mật khẩu không đúng")
  })

  it("takes about as long for both (printed, not asserted: timing depends on the machine)", async () => {
    const timings = { unknown: [] as number[], wrong: [] as number[] }
    const statuses = new Set<number>()
    for (let i = 0; i < 50; i++) {
      for (const kind of i % 2 ? (["unknown", "wrong"] as const) : (["wrong", "unknown"] as const)) {
        const phone = kind === "unknown" ? randomPhone() : SEEDED.ownerB.phone
        const started = performance.now()
        const reply = await signInFrom(randomLoopback(), phone, `sai-${i}`)
        timings[kind].push(performance.now() - started)
        statuses.add(reply.status)
      }
    }
    expect([...statuses]).toEqual([401])
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    console.info(
      `sign-in timing over 50 attempts each: unknown phone mean ${mean(timings.unknown).toFixed(1)} ms ` +
        `(median ${median(timings.unknown).toFixed(1)}), known phone with a wrong password mean ` +
        `${mean(timings.wrong).toFixed(1)} ms (median ${median(timings.wrong).toFixed(1)})`
    )
  }, 900_000)
})

describe("brute force on sign-in", () => {
  it("answers 429 with Retry-After to one address guessing, whatever X-Forwarded-For it sends", async () => {
    const stranger = randomLoopback()
    const attempts = []
    for (let i = 0; i < 5; i++) {
      // A made-up forwarded address per guess: the server has no proxy to trust, so it counts the socket.
      attempts.push((await signInFrom(stranger, SEEDED.ownerA.phone, `sai-${i}`, { "x-forwarded-for": randomLoopback() })).status)
    }
    expect(attempts).toEqual([401, 401, 401, 401, 401])
    const blocked = await signInFrom(stranger, SEEDED.ownerA.phone, DEMO_PASSWORD, { "x-forwarded-for": randomLoopback() })
    expectTooMany(blocked, /quá nhiều lần/)
    // The sliding window may ask for a little more than its 15 minutes, never for two windows.
    const wait = Number(blocked.headers["retry-after"])
    expect(wait).toBeLessThanOrEqual(2 * 15 * 60)
    expect(blocked.body.message).toBe(
      `Bạn đã nhập sai quá nhiều lần. Vui lòng đợi ${Math.ceil(wait / 60)} phút rồi thử lại, hoặc nhờ tổ công nghệ số giúp.`
    )
    // The owner, from home, is not shut out by the stranger.
    expect((await signInFrom(randomLoopback(), SEEDED.ownerA.phone, DEMO_PASSWORD)).status).toBe(200)
  })

  it("refuses guesses sent all at once past the limit, not only one after another", async () => {
    const stranger = randomLoopback()
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => signInFrom(stranger, SEEDED.ownerA.phone, `sai-${i}`)))
    const statuses = replies.map((reply) => reply.status).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(7)
  })

  it("blocks one address trying many phone numbers, with the same answer for known and unknown phones", async () => {
    const stranger = randomLoopback()
    const { admitted, refused } = await untilRefused((i) => signInFrom(stranger, i === 3 ? SEEDED.ownerB.phone : randomPhone(), "sai-mat-khau"), 100)
    expectAdmittedAsAllowed(admitted, refused)
    expectTooMany(refused, /quá nhiều lần/)
    const known = await signInFrom(stranger, SEEDED.ownerB.phone, "sai-mat-khau")
    const unknown = await signInFrom(stranger, randomPhone(), "sai-mat-khau")
    expect([known.status, unknown.status]).toEqual([429, 429])
    expect(known.body).toEqual(unknown.body)
  }, 300_000)

  it("a right password gives its attempt back: an owner signing in often is never blocked", async () => {
    const owner = randomLoopback()
    const statuses = []
    for (let i = 0; i < 8; i++) statuses.push((await signInFrom(owner, SEEDED.ownerB.phone, DEMO_PASSWORD)).status)
    expect(statuses).toEqual(Array(8).fill(200))
  })
})

describe("seller registration per address", () => {
  it("refuses registrations from one address past the hourly allowance, and counts each try", async () => {
    const office = randomLoopback()
    // Incomplete forms are tries too: they cost nothing to send.
    const { admitted, refused } = await untilRefused(
      () => call("POST", "/seller/auth/register", { body: { phone: randomPhone() }, from: office }),
      2_000
    )
    expectAdmittedAsAllowed(admitted, refused)
    expectTooMany(refused, /đăng ký/)
    const elsewhere = await call("POST", "/seller/auth/register", { body: { phone: randomPhone() }, from: randomLoopback() })
    expect(elsewhere.status).toBe(400)
  }, 120_000)
})

describe("buyer's proof: order lookup and booking cancellation", () => {
  it("share one allowance of wrong guesses per address, then answer 429", async () => {
    const guesser = randomLoopback()
    const guess = (i: number) =>
      call("POST", i % 2 ? "/store/bookings/cancel" : "/store/order-lookup", { body: { number: `CP-${900000 + i}`, phone: "0912345678" }, from: guesser })
    const { admitted, refused } = await untilRefused(guess, 50)
    expect(policyLimit(refused)).toBe(8)
    expectAdmittedAsAllowed(admitted, refused)
    expectTooMany(refused, /quá nhiều lần/)
    const elsewhere = await call("POST", "/store/order-lookup", { body: { number: "CP-900001", phone: "0912345678" }, from: randomLoopback() })
    expect(elsewhere.status).toBe(404)
  })
})

describe("store search", () => {
  it("answers 429 to one address searching far faster than anyone types, not to another", async () => {
    const scraper = randomLoopback()
    // All at once, so the sliding window cannot make room between requests.
    const replies = await Promise.all(Array.from({ length: 80 }, () => call("GET", "/store/search?q=mien", { from: scraper })))
    const refused = replies.filter((reply) => reply.status === 429)
    expect(refused.length).toBeGreaterThan(0)
    expectTooMany(refused[0], /tìm kiếm quá nhanh/)
    const limit = policyLimit(refused[0])
    const admitted = replies.filter((reply) => reply.status === 200).length
    // A loaded server reaches the last of them seconds later, when the sliding window has made
    // some room again: more than the limit may pass in all, never the whole burst.
    expect(admitted).toBeGreaterThanOrEqual(limit)
    expect(admitted).toBeLessThan(replies.length)
    expect((await call("GET", "/store/search?q=mien", { from: randomLoopback() })).status).toBe(200)
  })
})

describe("checkout per address", () => {
  it("limits cart creation, counting every try", async () => {
    const address = randomLoopback()
    const { admitted, refused } = await untilRefused(() => call("POST", "/store/checkout/carts", { body: { bogus: true }, from: address }), 5_000)
    expectAdmittedAsAllowed(admitted, refused)
    expectTooMany(refused, /giỏ hàng/)
  }, 300_000)

  it("limits order completion, on the checkout's route and on Medusa's own alike", async () => {
    const address = randomLoopback()
    const made = await call<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", { body: {}, from: address })
    expect(made.status).toBe(201)
    const headers = { "x-cart-token": made.body.cart_token }
    const complete = (route: string) => call("POST", route, { body: { method: "not-a-method" }, headers, from: address })
    // A method no one offers is refused before anything is paid or placed, yet it is a try.
    const { admitted, refused } = await untilRefused(() => complete(`/store/checkout/carts/${made.body.cart.id}/complete`), 5_000)
    expectAdmittedAsAllowed(admitted, refused)
    expectTooMany(refused, /đặt hàng/)
    expectTooMany(await complete(`/store/carts/${made.body.cart.id}/complete`), /đặt hàng/)
  }, 300_000)
})
