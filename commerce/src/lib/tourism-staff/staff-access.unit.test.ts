import { describe, expect, it } from "vitest"
import { isTourismStaff, staffMayCall } from "./staff-access"

describe("staffMayCall", () => {
  it.each([
    ["GET", "/admin/destinations"],
    ["GET", "/admin/destinations?limit=10"],
    ["POST", "/admin/destinations"],
    ["GET", "/admin/destinations/dest_01ABC"],
    ["POST", "/admin/destinations/dest_01ABC/publish"],
    ["POST", "/admin/destinations/dest_01ABC/photos?role=cover"],
    ["DELETE", "/admin/destinations/dest_01ABC/photos/0a1b"],
    ["DELETE", "/admin/destinations/dest_01ABC"],
    ["POST", "/admin/destinations/preview"],
    ["GET", "/admin/destinations/linkable-products?q=che"],
    ["GET", "/admin/users/me"],
    ["GET", "/admin/stores"],
    ["GET", "/ADMIN/Destinations"],
  ])("lets staff %s %s", (method, path) => {
    expect(staffMayCall(method, path)).toBe(true)
  })

  it.each([
    ["GET", "/admin/orders"],
    ["GET", "/admin/orders/order_1"],
    ["GET", "/ADMIN/ORDERS"],
    ["GET", "/admin/payments"],
    ["GET", "/admin/producers"],
    ["POST", "/admin/producers/p_1/verify"],
    ["GET", "/admin/sellers"],
    ["GET", "/admin/payouts"],
    ["GET", "/admin/vietqr/pending"],
    ["GET", "/admin/impact"],
    ["GET", "/admin/impact/csv"],
    ["GET", "/admin/products"],
    ["POST", "/admin/products/prod_1"],
    ["GET", "/admin/customers"],
    ["POST", "/admin/users/me"],
    ["POST", "/admin/users/user_1"],
    ["GET", "/admin/users"],
    ["POST", "/admin/invites"],
    ["POST", "/admin/stores/store_1"],
    ["GET", "/admin/destinationsx"],
    ["GET", "/admin/destinations/../orders"],
    ["GET", "/admin/destinations/%2e%2e/orders"],
    ["GET", "/admin/destinations//orders"],
    ["PUT", "/admin/destinations"],
  ])("refuses staff %s %s", (method, path) => {
    expect(staffMayCall(method, path)).toBe(false)
  })
})

describe("isTourismStaff", () => {
  it.each([
    [{ role: "tourism_staff" }, true],
    [{ role: "operator" }, false],
    [{}, false],
    [null, false],
    [undefined, false],
  ])("%o → %s", (metadata, expected) => {
    expect(isTourismStaff(metadata)).toBe(expected)
  })
})
