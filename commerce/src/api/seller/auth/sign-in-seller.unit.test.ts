import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { PRODUCER_MODULE } from "@/modules/producer"
import { authenticateSeller } from "./sign-in-seller"

/**
 * The work authenticateSeller does, recorded with a stand-in auth module: timing cannot be
 * asserted, but "one look-up, then one password check" for every wrong answer can.
 */
function fakeScope(accounts: Record<string, string>) {
  const calls: string[] = []
  const identities = new Set(Object.keys(accounts))
  const auth = {
    listProviderIdentities: async (filter: { entity_id: string }) => {
      calls.push(`list ${filter.entity_id}`)
      return identities.has(filter.entity_id) ? [{ id: `pi_${filter.entity_id}` }] : []
    },
    register: async (_provider: string, input: { body: { email: string; password: string } }) => {
      calls.push(`register ${input.body.email}`)
      identities.add(input.body.email)
      accounts[input.body.email] = input.body.password
      return { success: true }
    },
    authenticate: async (_provider: string, input: { body: { email: string; password: string } }) => {
      // Like the emailpass provider: only an existing identity costs a password hash.
      calls.push(identities.has(input.body.email) ? `check password of ${input.body.email}` : `no identity ${input.body.email}`)
      const success = identities.has(input.body.email) && accounts[input.body.email] === input.body.password
      return success ? { success, authIdentity: { id: `ai_${input.body.email}` } } : { success: false, error: "Invalid email or password" }
    },
  }
  const producer = {
    listSellerAccounts: async ({ auth_identity_id }: { auth_identity_id: string }) => [
      { id: "sa_1", name: "Nông Thị Hoa", phone: auth_identity_id.replace("ai_seller:", ""), status: "active", session_version: 1 },
    ],
  }
  const scope = { resolve: (key: string) => (key === Modules.AUTH ? auth : key === PRODUCER_MODULE ? producer : undefined) }
  return { scope: scope as unknown as MedusaContainer, calls }
}

describe("authenticateSeller", () => {
  it("makes the stand-in identity once, then checks an unknown phone's password against it", async () => {
    const { scope, calls } = fakeScope({ "seller:0910000000": "dung-mat-khau" })
    expect(await authenticateSeller(scope, "0987654321", "dung-mat-khau")).toBeNull()
    expect(calls.filter((c) => c.startsWith("register"))).toEqual(["register seller:no-such-account"])
    calls.length = 0
    expect(await authenticateSeller(scope, "0987654321", "dung-mat-khau")).toBeNull()
    expect(calls).toEqual([
      "list seller:0987654321",
      "check password of seller:no-such-account",
    ])
  })

  it.each([
    ["an unknown phone", "0987654321", "bat-ky"],
    ["a known phone with a wrong password", "0910000000", "sai-mat-khau"],
  ])("does one look-up and one password check for %s", async (_what, phone, password) => {
    const { scope, calls } = fakeScope({ "seller:0910000000": "dung-mat-khau", "seller:no-such-account": "x" })
    expect(await authenticateSeller(scope, phone, password)).toBeNull()
    const work = calls.filter((c) => !c.includes("list seller:no-such-account")).map((c) => c.replace(/seller:[\w-]+/, "…"))
    expect(work).toEqual(["list …", "check password of …"])
  })

  it("returns the account for the right password", async () => {
    const { scope } = fakeScope({ "seller:0910000000": "dung-mat-khau" })
    await expect(authenticateSeller(scope, "0910000000", "dung-mat-khau")).resolves.toMatchObject({ id: "sa_1", phone: "0910000000" })
  })

  it("never lets the stand-in's own password into an account", async () => {
    const { scope } = fakeScope({ "seller:no-such-account": "the-stand-in-password" })
    await expect(authenticateSeller(scope, "0987654321", "the-stand-in-password")).resolves.toBeNull()
  })
})
