import { describe, expect, it } from "vitest"
import { householdNewOrder } from "./household-new-order"

const line = (title: string, quantity = 1, variant_title: string | null = null) => ({ title, variant_title, quantity, total: quantity * 100000 })

describe("householdNewOrder", () => {
  it.each([
    [
      "one line, cash on delivery",
      [line("Hạt dẻ Trùng Khánh", 2, "Túi 500 g")],
      "cod",
      "Cho Phien: don moi CP-1042: 2 x Hat de Trung Khanh (Tui 500 g). Ho nhan 230.000d. Nguoi mua tra tien khi nhan. Vao trang Ban hang de goi hang.",
    ],
    [
      "five lines, paid by transfer: three named, then how many more",
      [line("Mật ong"), line("Miến dong"), line("Trà"), line("Lạp sườn"), line("Bánh")],
      "vietqr",
      "Cho Phien: don moi CP-1042: 1 x Mat ong, 1 x Mien dong, 1 x Tra va 2 mon khac. Ho nhan 230.000d. Vao trang Ban hang de goi hang.",
    ],
  ])("%s", (_name, items, paymentMethod, text) => {
    const data = householdNewOrder({ displayId: 1042, paymentMethod, items, amount: 230000 })
    expect(data.text).toBe(text)
    expect(data.order_number).toBe("CP-1042")
    expect(data.amount).toBe(230000)
    expect(data.items).toEqual(items)
  })
})
