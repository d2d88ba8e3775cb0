import {
  adminToken,
  call,
  DEMO_PASSWORD,
  randomLoopback,
  randomPhone,
  registerSeller,
  SEEDED,
  signIn,
} from "../support/seller-api"

describe("POST /seller/auth/sign-in", () => {
  it.each(["0910 000 000", "+84910000000", "84910000000"])("signs the seeded owner in with %j", async (phone) => {
    const reply = await call<{ token: string; seller: { phone: string } }>("POST", "/seller/auth/sign-in", {
      body: { phone, password: DEMO_PASSWORD },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.seller.phone).toBe("0910000000")
    const me = await call("GET", "/seller/me", { token: reply.body.token })
    expect(me.status).toBe(200)
  })

  it("refuses a number that is not Vietnamese with a message a seller reads", async () => {
    const reply = await call("POST", "/seller/auth/sign-in", { body: { phone: "12345", password: DEMO_PASSWORD } })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toBe("Số điện thoại không đúng. Ví dụ: 0912 345 678")
  })

  it("refuses a wrong password without saying which half was wrong", async () => {
    const reply = await call("POST", "/seller/auth/sign-in", {
      body: { phone: SEEDED.ownerA.phone, password: "sai-mat-khau" },
      from: randomLoopback(),
    })
    expect(reply.status).toBe(401)
    expect(reply.body.message).toBe("Số điện thoại hoặc mật khẩu không đúng")
  })

  it("keeps Medusa's generic /auth/seller routes closed, so the rate limit cannot be bypassed", async () => {
    const login = await call("POST", "/auth/seller/emailpass", { body: { email: "seller:0910000000", password: DEMO_PASSWORD } })
    const register = await call("POST", "/auth/seller/emailpass/register", { body: { email: "x@y.z", password: "12345678" } })
    expect([login.status, register.status]).toEqual([404, 404])
  })
})

describe("rate limit on failed sign-ins", () => {
  it("answers 429 to the guessing address while the owner signs in from another", async () => {
    const seller = await registerSeller()
    const stranger = randomLoopback()
    const owner = randomLoopback()
    const attempts = []
    for (let i = 0; i < 5; i++) {
      attempts.push((await call("POST", "/seller/auth/sign-in", { body: { phone: seller.phone, password: `sai-${i}` }, from: stranger })).status)
    }
    expect(attempts).toEqual([401, 401, 401, 401, 401])
    const blocked = await call("POST", "/seller/auth/sign-in", { body: { phone: seller.phone, password: seller.password }, from: stranger })
    expect(blocked.status).toBe(429)
    expect(String(blocked.body.message)).toMatch(/quá nhiều lần/)
    await expect(signIn(seller.phone, seller.password, owner)).resolves.toEqual(expect.any(String))
  })
})

describe("POST /seller/auth/register", () => {
  it("creates a pending household with an owner account", async () => {
    const seller = await registerSeller()
    expect(seller.household.verification_status).toBe("pending")
    const me = await call<{ seller: { households: { handle: string; role: string }[] } }>("GET", "/seller/me", { token: seller.token })
    expect(me.body.seller.households).toEqual([expect.objectContaining({ handle: seller.household.handle, role: "owner" })])
  })

  it("refuses a phone number that already has an account", async () => {
    const reply = await call("POST", "/seller/auth/register", {
      body: { phone: "+84910000000", password: "12345678", name: "Ai đó", household_name: "Hộ ai đó", area_name: "Hà Quảng" },
    })
    expect(reply.status).toBe(409)
    // Said to a person, not Medusa's English about idempotency keys.
    expect((reply.body as { message: string }).message).toBe("Số điện thoại 0910000000 đã có tài khoản bán hàng")
  })

  it("refuses to be told the household's status or verification", async () => {
    const reply = await call("POST", "/seller/auth/register", {
      body: {
        phone: randomPhone(),
        password: "12345678",
        name: "Ai đó",
        household_name: "Hộ ai đó",
        area_name: "Hà Quảng",
        verification_status: "verified",
        household_status: "poor",
      },
    })
    expect(reply.status).toBe(400)
    expect(String(reply.body.message)).toContain("verification_status")
  })
})

describe("who may call /seller routes", () => {
  it("answers 401 without a token", async () => {
    expect((await call("GET", "/seller/me")).status).toBe(401)
    expect((await call("GET", `/seller/households/${SEEDED.ownerA.household}/products`)).status).toBe(401)
  })

  it("answers 401 to a buyer's token", async () => {
    const email = `buyer-${Date.now()}@example.com`
    const registered = await call<{ token: string }>("POST", "/auth/customer/emailpass/register", { body: { email, password: "12345678" } })
    await call("POST", "/store/customers", { token: registered.body.token, body: { email } })
    const login = await call<{ token: string }>("POST", "/auth/customer/emailpass", { body: { email, password: "12345678" } })
    expect(login.status).toBe(200)
    expect((await call("GET", "/seller/me", { token: login.body.token })).status).toBe(401)
    expect((await call("GET", `/seller/households/${SEEDED.ownerA.household}/products`, { token: login.body.token })).status).toBe(401)
  })

  it("answers 401 to an operator's token", async () => {
    expect((await call("GET", "/seller/me", { token: await adminToken() })).status).toBe(401)
  })
})

describe("ending sessions", () => {
  it("a password change ends every earlier token and the new one works", async () => {
    const seller = await registerSeller()
    const older = await signIn(seller.phone, seller.password, randomLoopback())
    const changed = await call<{ token: string }>("POST", "/seller/me/password", {
      token: older,
      body: { current_password: seller.password, new_password: "mat-khau-moi-2" },
    })
    expect(changed.status).toBe(200)
    expect((await call("GET", "/seller/me", { token: older })).status).toBe(401)
    expect((await call("GET", "/seller/me", { token: seller.token })).status).toBe(401)
    expect((await call("GET", "/seller/me", { token: changed.body.token })).status).toBe(200)
    await expect(signIn(seller.phone, "mat-khau-moi-2", randomLoopback())).resolves.toEqual(expect.any(String))
  })

  it("refuses a password change with the wrong current password, and keeps the token", async () => {
    const seller = await registerSeller()
    const reply = await call("POST", "/seller/me/password", {
      token: seller.token,
      body: { current_password: "khong-dung", new_password: "mat-khau-moi-3" },
    })
    expect(reply.status).toBe(400)
    expect((await call("GET", "/seller/me", { token: seller.token })).status).toBe(200)
  })

  it("disabling an account ends its token at once and refuses sign-in; enabling lets it back", async () => {
    const seller = await registerSeller()
    const admin = await adminToken()
    expect((await call("POST", `/admin/sellers/${seller.seller.id}/disable`, { token: admin, body: {} })).status).toBe(200)
    expect((await call("GET", "/seller/me", { token: seller.token })).status).toBe(401)
    const refused = await call("POST", "/seller/auth/sign-in", { body: { phone: seller.phone, password: seller.password }, from: randomLoopback() })
    expect(refused.status).toBe(401)
    expect((await call("POST", `/admin/sellers/${seller.seller.id}/enable`, { token: admin, body: {} })).status).toBe(200)
    expect((await call("GET", "/seller/me", { token: seller.token })).status).toBe(401)
    await expect(signIn(seller.phone, seller.password, randomLoopback())).resolves.toEqual(expect.any(String))
  })
})

describe("CORS on /seller", () => {
  const storefront = `http://localhost:${process.env.STOREFRONT_PORT ?? "4321"}`

  it("lets the storefront's origin send a bearer token", async () => {
    const reply = await call("OPTIONS", "/seller/me", {
      headers: { origin: storefront, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
    })
    expect(reply.status).toBe(204)
    expect(reply.headers["access-control-allow-origin"]).toBe(storefront)
    expect(String(reply.headers["access-control-allow-headers"])).toContain("authorization")
  })

  it("gives no CORS header to another origin", async () => {
    const reply = await call("OPTIONS", "/seller/me", { headers: { origin: "https://evil.example", "access-control-request-method": "GET" } })
    expect(reply.headers["access-control-allow-origin"]).toBeUndefined()
  })
})
