/** A buyer's order as erasure judges it: its number, its state and its parcels' states. */
export type OrderState = { display_id: number; status: string; parcel_statuses: string[] }

const FINISHED_PARCELS = new Set(["delivered", "cancelled"])

/**
 * An order still needs the buyer's name, phone and address while a parcel is on its way or
 * not yet paid; finished or cancelled orders do not. Returns the numbers still in progress.
 */
export function ordersInProgress(orders: OrderState[]): number[] {
  return orders
    .filter((order) => order.status !== "canceled" && order.status !== "archived")
    .filter((order) => order.parcel_statuses.length === 0 || order.parcel_statuses.some((status) => !FINISHED_PARCELS.has(status)))
    .map((order) => order.display_id)
    .sort((a, b) => a - b)
}

/** What replaces a buyer's name once erased: the order keeps its goods and money for the books. */
export const ERASED_NAME = "(đã xoá theo yêu cầu)"
