const VND = new Intl.NumberFormat("vi-VN")

/** "180.000 ₫", as sellers, buyers and the operator read money in messages. */
export function formatDong(amount: number): string {
  return `${VND.format(amount)} ₫`
}
